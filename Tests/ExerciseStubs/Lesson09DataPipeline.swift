// Chapter 9 exercises: a real-time data pipeline. Run `make exercise-9` to
// check them. Each exercise is explained in Lessons/09-data-pipeline.md.

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
  // TODO: sleep until each deadline with clock.sleep(until:tolerance:),
  // never for a period after the round; see
  // Lessons/09-data-pipeline.md#a-schedule-that-does-not-drift
  Exercise.notYetImplemented(
    "9.1",
    see: "Lessons/09-data-pipeline.md#exercise-91-a-schedule-that-skips"
  )
  await round(1)
  return 1
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
  // TODO: race `work` against a stop followed by the grace period, in a
  // task group; see Lessons/09-data-pipeline.md#stopping-gracefully
  Exercise.notYetImplemented(
    "9.2",
    see: "Lessons/09-data-pipeline.md#exercise-92-a-grace-period"
  )
  return await work()
}
