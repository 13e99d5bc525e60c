import Synchronization
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

/// Never returns, and never hears cancellation: the loop then has nothing
/// left to run, and reports the test stuck, with its reason.
private func stuck() async {
  await withUnsafeContinuation { (_: UnsafeContinuation<Void, Never>) in }
}

/// Times on the loop, in seconds, to one decimal: `[0.0, 1.0, 2.0]`.
private func seconds(_ times: [Duration]) -> String {
  "[" + times.map(Console.seconds).joined(separator: ", ") + "]"
}

/// What a run of `runOnSchedule` did: when each round started, how many
/// rounds it said it started, and when it returned.
private struct ScheduleRun: Sendable {
  var starts: [Duration] = []
  var returned = 0
  var returnedAt = Duration.zero
}

/// Why `runOnSchedule` was stopped in the middle of a round, if it was:
/// it started a round it should not have, and would go on forever.
private final class Runaway: Sendable {
  let reason = Mutex<String?>(nil)
}

/// Runs `runOnSchedule(every: 1 s)` on a loop, with rounds that take
/// `lengths` (the last one for every round after), cancelling its task at
/// `cancelAt`.
private func schedule(
  lengths: [Duration],
  cancelAt: Duration
) throws -> ScheduleRun? {
  let loop = EventLoop(mode: .simulated)
  let runaway = Runaway()
  let outcome = try attempt("9.1") { () throws -> ScheduleRun? in
    do {
      return try loop.run {
        try await schedule(lengths, cancelAt, loop, runaway)
      }
    } catch let error as LoopError {
      guard case .deadlock = error else { throw error }
      if let reason = runaway.reason.withLock({ $0 }) {
        Issue.record(Comment(rawValue: reason))
      } else {
        Issue.record(
          "runOnSchedule never returned after its task was cancelled\n(\(error))"
        )
      }
      return nil
    }
  }
  return outcome ?? nil
}

/// The body of ``schedule(lengths:cancelAt:)``, on `loop`.
private func schedule(
  _ lengths: [Duration],
  _ cancelAt: Duration,
  _ loop: EventLoop,
  _ runaway: Runaway
) async throws -> ScheduleRun {
  let starts = Mutex<[Duration]>([])
  let cancelled = Mutex(false)
  let task = Task(executorPreference: loop) {
    await runOnSchedule(every: .seconds(1), clock: loop.clock) { round in
      // A round it should not have started: stop here, or the loop would
      // go on forever; the loop then reports the test stuck.
      let previous = starts.withLock { $0.last }
      if cancelled.withLock({ $0 }) && loop.now > cancelAt {
        runaway.reason.withLock {
          $0 = """
            runOnSchedule started round \(round) after its task was \
            cancelled at \(Console.seconds(cancelAt)) s. A cancelled \
            task's sleep throws at once, so with `try?` the loop goes on; \
            catch the error and return.
            """
        }
        await stuck()
      } else if previous == loop.now {
        runaway.reason.withLock {
          $0 = """
            runOnSchedule started round \(round) at \
            \(Console.seconds(loop.now)) s, the same instant as round \
            \(round - 1), which took no time. The next deadline is always \
            at least one period after the last one.
            """
        }
        await stuck()
      }
      starts.withLock { $0.append(loop.now) }
      await sleepIgnoringCancellation(
        lengths[min(round, lengths.count) - 1], on: loop)
    }
  }
  loop.callLater(after: cancelAt) {
    cancelled.withLock { $0 = true }
    task.cancel()
  }
  let returned = await task.value
  return ScheduleRun(
    starts: starts.withLock { $0 }, returned: returned,
    returnedAt: loop.now)
}

/// Runs `withGracePeriod(0.5 s)` on a loop: a stop requested at `stopAt`
/// (or never), and work that takes `length`, stopping early when cancelled
/// if `hearsCancellation`. Returns what the call returned (the time the
/// work ended, and whether it was cancelled), when, and whether
/// `stopRequested` was cancelled.
private struct GraceRun: Sendable {
  var endedAt: Duration
  var workCancelled: Bool
  var returnedAt: Duration
  var stopWaiterCancelled: Bool
}

private func grace(
  stopAt: Duration?,
  length: Duration,
  hearsCancellation: Bool = true
) throws -> GraceRun? {
  try attemptOnLoop(
    "9.2", ifStuck: "withGracePeriod never returned"
  ) { loop in
    let stopWaiterCancelled = Mutex(false)
    let (ended, cancelled) = await withGracePeriod(
      .milliseconds(500), clock: loop.clock,
      stopRequested: {
        do {
          try await loop.clock.sleep(for: stopAt ?? .seconds(3600))
        } catch {
          stopWaiterCancelled.withLock { $0 = true }
        }
      }
    ) {
      if hearsCancellation {
        try? await loop.clock.sleep(for: length)
      } else {
        await sleepIgnoringCancellation(length, on: loop)
      }
      return (loop.now, Task.isCancelled)
    }
    return GraceRun(
      endedAt: ended, workCancelled: cancelled, returnedAt: loop.now,
      stopWaiterCancelled: stopWaiterCancelled.withLock { $0 })
  }
}

@Suite("Chapter 9 exercises")
struct Lesson09DataPipelineTests {
  // MARK: 9.1

  @Test("Exercise 9.1: rounds start on the grid, whatever they take")
  func roundsOnTheGrid() throws {
    let lengths: [Duration] = [
      .milliseconds(300), .milliseconds(700), .milliseconds(200),
    ]
    guard let run = try schedule(lengths: lengths, cancelAt: .seconds(3.5))
    else { return }
    #expect(
      seconds(run.starts) == "[0.0, 1.0, 2.0, 3.0]",
      """
      With a period of 1 s and rounds of 0.3, 0.7 and 0.2 s, rounds should \
      start at [0.0, 1.0, 2.0, 3.0]; they started at \(seconds(run.starts)). \
      Sleeping for a period after each round adds the round's time to the \
      period: sleep until start + k × period instead.
      """)
    #expect(
      run.returned == run.starts.count,
      "runOnSchedule started \(run.starts.count) rounds but returned \(run.returned): count each round as it starts"
    )
  }

  @Test("Exercise 9.1: a round that overruns skips the tick it missed")
  func overrunSkips() throws {
    let lengths: [Duration] = [
      .milliseconds(300), .milliseconds(1400), .milliseconds(200),
    ]
    guard let run = try schedule(lengths: lengths, cancelAt: .seconds(4.5))
    else { return }
    #expect(
      seconds(run.starts) == "[0.0, 1.0, 3.0, 4.0]",
      """
      Round 2 starts at 1.0 s and takes 1.4 s, past the 2.0 s tick: the next \
      round should start at the next tick still ahead, 3.0 s, and the grid \
      stay as it was: [0.0, 1.0, 3.0, 4.0]. They started at \
      \(seconds(run.starts)).
      """)
  }

  @Test("Exercise 9.1: a round that ends on a tick does not skip it")
  func endingOnATick() throws {
    guard
      let run = try schedule(
        lengths: [.seconds(1), .milliseconds(200)], cancelAt: .seconds(2.5))
    else { return }
    #expect(
      seconds(run.starts) == "[0.0, 1.0, 2.0]",
      """
      Round 1 takes exactly 1 s and ends on the 1.0 s tick, which is not \
      missed: rounds should start at [0.0, 1.0, 2.0]; they started at \
      \(seconds(run.starts)). Skip only the deadlines already past.
      """)
  }

  @Test("Exercise 9.1: a round that takes no time waits for the next tick")
  func instantRounds() throws {
    guard let run = try schedule(lengths: [.zero], cancelAt: .seconds(2.5))
    else { return }
    #expect(
      seconds(run.starts) == "[0.0, 1.0, 2.0]",
      """
      Rounds that end at once should still start a period apart: \
      [0.0, 1.0, 2.0]; they started at \(seconds(run.starts)). The next \
      deadline is always at least one period after the last one.
      """)
  }

  @Test("Exercise 9.1: cancelled while waiting, it returns at once")
  func cancelledWhileWaiting() throws {
    guard
      let run = try schedule(
        lengths: [.milliseconds(200)], cancelAt: .seconds(1.5))
    else { return }
    #expect(
      run.returnedAt == .seconds(1.5),
      """
      Cancelled at 1.5 s while waiting for the 2.0 s tick, runOnSchedule \
      should return at once; it returned at \
      \(Console.seconds(run.returnedAt)) s. Sleep with \
      clock.sleep(until:tolerance:), which throws when the task is \
      cancelled, and return when it does.
      """)
    #expect(
      run.returned == 2,
      "Two rounds started (at 0.0 and 1.0 s), but runOnSchedule returned \(run.returned): count each round as it starts"
    )
  }

  @Test("Exercise 9.1: cancelled during a round, it lets the round finish")
  func cancelledDuringARound() throws {
    guard
      let run = try schedule(
        lengths: [.milliseconds(500)], cancelAt: .seconds(1.2))
    else { return }
    #expect(
      seconds(run.starts) == "[0.0, 1.0]" && run.returnedAt == .seconds(1.5),
      """
      Cancelled at 1.2 s during round 2 (1.0 to 1.5 s), runOnSchedule \
      should return when the round ends, at 1.5 s, without starting \
      another: rounds started at \(seconds(run.starts)), and it returned at \
      \(Console.seconds(run.returnedAt)) s.
      """)
  }

  // MARK: 9.2

  @Test("Exercise 9.2: work that ends first is returned at once")
  func workEndsFirst() throws {
    guard let run = try grace(stopAt: nil, length: .seconds(1)) else {
      return
    }
    #expect(
      run.returnedAt == .seconds(1) && !run.workCancelled,
      """
      With no stop, withGracePeriod should return the work's result when \
      it ends, at 1.0 s; it returned at \(Console.seconds(run.returnedAt)) \
      s\(run.workCancelled ? ", and the work was cancelled" : ""). Once the \
      work is done, cancel the child that waits for a stop: a task group \
      waits for every child.
      """)
    #expect(
      run.stopWaiterCancelled,
      """
      The work ended, but stopRequested was never cancelled: it is still \
      waiting for a Ctrl-C that no one needs any more.
      """)
  }

  @Test("Exercise 9.2: work that ends within the grace period is not cut")
  func endsWithinGrace() throws {
    guard
      let run = try grace(stopAt: .seconds(1), length: .milliseconds(1300))
    else { return }
    #expect(
      !run.workCancelled && run.returnedAt == .milliseconds(1300),
      """
      A stop at 1.0 s gives the work until 1.5 s; it needs until 1.3 s, so \
      it should finish uncancelled and be returned at 1.3 s. \
      \(run.workCancelled ? "It was cancelled at \(Console.seconds(run.endedAt)) s." : "It was returned at \(Console.seconds(run.returnedAt)) s.") \
      A stop starts the grace period; it does not cancel anything yet.
      """)
  }

  @Test("Exercise 9.2: after the grace period the work is cancelled")
  func cancelledAfterGrace() throws {
    guard let run = try grace(stopAt: .seconds(1), length: .seconds(3))
    else { return }
    #expect(
      run.workCancelled && run.endedAt == .milliseconds(1500)
        && run.returnedAt == .milliseconds(1500),
      """
      A stop at 1.0 s and a grace period of 0.5 s: the work, which would \
      take 3 s, should be cancelled at 1.5 s, and its result returned then. \
      The work ended at \(Console.seconds(run.endedAt)) s \
      (\(run.workCancelled ? "cancelled" : "not cancelled")), and the call \
      returned at \(Console.seconds(run.returnedAt)) s.
      """)
  }

  @Test("Exercise 9.2: the grace period starts at the stop, not before")
  func graceCountsFromTheStop() throws {
    guard
      let run = try grace(stopAt: .seconds(2), length: .milliseconds(2300))
    else { return }
    #expect(
      !run.workCancelled && run.returnedAt == .milliseconds(2300),
      """
      A stop at 2.0 s gives the work until 2.5 s, and it ends at 2.3 s: it \
      should not be cancelled. \
      \(run.workCancelled ? "It was cancelled at \(Console.seconds(run.endedAt)) s: was the grace period counted from the start?" : "It returned at \(Console.seconds(run.returnedAt)) s.")
      """)
  }

  @Test("Exercise 9.2: work deaf to cancellation is still waited for")
  func deafWorkIsAwaited() throws {
    guard
      let run = try grace(
        stopAt: .seconds(1), length: .seconds(2), hearsCancellation: false)
    else { return }
    #expect(
      run.returnedAt == .seconds(2) && run.endedAt == .seconds(2),
      """
      Work that does not check for cancellation runs on after it is \
      cancelled at 1.5 s, until 2.0 s. withGracePeriod returns its result, \
      so it must wait for it: it returned at \
      \(Console.seconds(run.returnedAt)) s.
      """)
  }
}
