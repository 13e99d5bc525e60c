// Chapter 9 reference solutions. Same API as Sources/Exercises.

import CourseKit

// MARK: - Exercise 9.1

/// Exercise 9.1: runs `round` on a fixed grid until the task is cancelled,
/// and returns how many rounds it started.
///
/// Round 1 starts at once; round k starts at `start + (k - 1) × period`,
/// whatever the rounds before it took. A round that runs past the next
/// deadline skips the ticks it missed: the next round starts at the first
/// deadline still ahead, on the same grid. Cancelled while waiting for a
/// deadline, it returns at once; cancelled during a round, it lets the
/// round finish, then returns without starting another.
public func runOnSchedule(
  every period: Duration,
  clock: some Clock<Duration>,
  _ round: (Int) async -> Void
) async -> Int {
  var deadline = clock.now
  var rounds = 0
  while !Task.isCancelled {
    rounds += 1
    await round(rounds)
    // The first deadline after the last one that is not already past.
    let late = deadline.duration(to: clock.now) / period
    deadline = deadline.advanced(by: period * max(Int(late.rounded(.up)), 1))
    do {
      try await clock.sleep(until: deadline, tolerance: nil)
    } catch {
      break
    }
  }
  return rounds
}

// MARK: - Exercise 9.2

/// Exercise 9.2: runs `work` and returns its result. If `stopRequested`
/// returns first (someone pressed Ctrl-C), `work` gets `grace` more to
/// finish, counted from the stop; after that it is cancelled, and the
/// call returns what `work` returns once it has stopped.
///
/// If `work` finishes first, the call returns at once, without waiting
/// for a stop (`stopRequested` is then cancelled, and returns). Nothing
/// either closure started is still running when it returns.
public func withGracePeriod<T: Sendable>(
  _ grace: Duration,
  clock: some Clock<Duration>,
  stopRequested: @escaping @Sendable () async -> Void,
  _ work: @escaping @Sendable () async -> T
) async -> T {
  await withTaskGroup(of: T?.self) { group in
    group.addTask { await work() }
    group.addTask {
      await stopRequested()
      // Cancelled because `work` finished: there is no grace to give.
      try? await clock.sleep(for: grace)
      return nil
    }
    var result: T?
    for await value in group {
      // `work` ended: stop the stop-and-grace child. Or the grace period
      // ended: cancel `work`, whose result comes next.
      result = result ?? value
      group.cancelAll()
    }
    return result!
  }
}
