import CourseTestSupport
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private func url(_ path: String) -> String {
  "https://api.example.com\(path)"
}

/// A test's own error, for operations that fail.
private struct Broken: Error, CustomStringConvertible {
  let name: String
  var description: String { "\(name) broke" }
}

/// `success(a)`, `failure(a broke)` or `cancelled`.
private func describe(_ outcome: Settled<String>) -> String {
  switch outcome {
  case .success(let value): "success(\(value))"
  case .failure(let error): "failure(\(error))"
  case .cancelled: "cancelled"
  }
}

@Suite("Chapter 5 exercises")
struct Lesson05ErrorHandlingTests {
  // MARK: 5.1

  /// Runs `gatherSettled(operations)` on `loop` in a task, cancelled after
  /// `cancelAfter` if given; returns the outcomes, described, and when the
  /// call returned.
  private static func attemptSettled(
    _ operations: [@Sendable () async throws -> String],
    on loop: EventLoop,
    cancelAfter: Duration? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (outcomes: [String], at: Duration)? {
    let ended = try attemptInTask(
      "5.1", on: loop, cancelAfter: cancelAfter,
      ifStuck:
        "gatherSettled never returned: run the operations as children of a task group (a plain Task { } runs off the loop, where nothing wakes the call), wait for every child, and return",
      sourceLocation: sourceLocation
    ) {
      await gatherSettled(operations)
    }
    guard let ended else { return nil }
    return (try ended.result.get().map(describe), ended.at)
  }

  @Test(
    "Exercise 5.1: every outcome, in the order of the operations, all at once",
    arguments: [UInt64(1), 2, 3]
  )
  func settledInOrder(seed: UInt64) throws {
    let loop = EventLoop(mode: .simulated)
    var random = SeededRandom(seed: seed)
    let names = ["a", "b", "c", "d", "e", "f"]
    var latencies: [String: Duration] = [:]
    for name in names {
      latencies[url("/\(name)")] =
        .milliseconds(100 * Int.random(in: 1...20, using: &random))
    }
    let failing: Set<String> = [url("/b"), url("/e")]
    let api = RemoteAPI(
      loop: loop, latency: .perURL(latencies), failures: .urls(failing))
    let operations: [@Sendable () async throws -> String] = names.map {
      name in { try await api.fetch(url("/\(name)")) }
    }
    guard let (outcomes, time) = try Self.attemptSettled(operations, on: loop)
    else { return }
    let expected = names.map { name in
      failing.contains(url("/\(name)"))
        ? "failure(\(APIError.serverError(url: url("/\(name)"))))"
        : "success(Data from \(url("/\(name)")))"
    }
    #expect(
      outcomes == expected,
      "one outcome per operation, in the order of the operations (not the order they finish), a failure as .failure with its error"
    )
    let slowest = latencies.values.max()!
    #expect(
      time == slowest,
      "run them all at once: the call should take as long as the slowest operation (\(Console.seconds(slowest)) s), not \(Console.seconds(time)) s"
    )
    #expect(api.stats.peakInFlight == names.count, "all at once")
  }

  @Test("Exercise 5.1: no operations, no outcomes")
  func settledEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    guard let (outcomes, time) = try Self.attemptSettled([], on: loop)
    else { return }
    #expect(outcomes.isEmpty && time == .zero)
  }

  @Test("Exercise 5.1: cancelled: .cancelled apart from the failures")
  func settledCancelled() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL([
        url("/early-failure"): .milliseconds(200),
        url("/slow"): .seconds(2),
      ]),
      failures: .urls([url("/early-failure")])
    )
    let operations: [@Sendable () async throws -> String] = [
      // Fails at 0.2 s, before the cancellation.
      { try await api.fetch(url("/early-failure")) },
      // Asleep at 0.5 s: throws CancellationError.
      { try await api.fetch(url("/slow")) },
      // Hears nothing, and fails with its own error at 1 s.
      {
        await sleepIgnoringCancellation(.seconds(1), on: loop)
        throw Broken(name: "stubborn")
      },
      // Hears nothing, and returns at 0.8 s.
      {
        await sleepIgnoringCancellation(
          .milliseconds(800), on: loop)
        return "late"
      },
    ]
    guard
      let (outcomes, time) = try Self.attemptSettled(
        operations, on: loop, cancelAfter: .milliseconds(500))
    else { return }
    #expect(
      outcomes.count == 4, "one outcome per operation, got \(outcomes)")
    guard outcomes.count == 4 else { return }
    #expect(
      outcomes[0]
        == "failure(\(APIError.serverError(url: url("/early-failure"))))",
      "an operation that failed before the cancellation is a .failure, got \(outcomes[0])"
    )
    #expect(
      outcomes[1] == "cancelled",
      "an operation that threw CancellationError is .cancelled, not \(outcomes[1]): catch CancellationError apart from other errors"
    )
    #expect(
      outcomes[2] == "failure(stubborn broke)",
      "an operation that threw its own error is a .failure, even in a cancelled task; got \(outcomes[2]): look at the error thrown, not at Task.isCancelled"
    )
    #expect(
      outcomes[3] == "success(late)",
      "an operation that returned a value is a .success, even in a cancelled task; got \(outcomes[3])"
    )
    #expect(
      time == .seconds(1),
      "wait for every operation, even in a cancelled task (the last ends at 1.0 s), not \(Console.seconds(time)) s"
    )
  }

  // MARK: 5.2

  /// Calls `fetchHedged` for `/primary` with `/backup` after 1 s, on an API
  /// with these latencies and failures; the outcome, and the API's stats.
  private static func attemptHedged(
    primary: Duration,
    backup: Duration,
    failing: Set<String> = [],
    cancelAfter: Duration? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (outcome: CallOutcome, stats: RemoteAPI.Stats)? {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL([url("/primary"): primary, url("/backup"): backup]),
      failures: .urls(Set(failing.map(url)))
    )
    let clock = loop.clock
    let outcome = try attemptCall(
      "5.2", on: loop, cancelAfter: cancelAfter,
      ifStuck:
        "fetchHedged never returned: return the first body, or throw once both requests have failed",
      sourceLocation: sourceLocation
    ) {
      try await fetchHedged(
        url("/primary"), backup: url("/backup"), after: .seconds(1),
        api: api, clock: clock)
    }
    guard let outcome else { return nil }
    return (outcome, api.stats)
  }

  @Test("Exercise 5.2: a quick answer, no backup request")
  func hedgedQuick() throws {
    guard
      let (outcome, stats) = try Self.attemptHedged(
        primary: .milliseconds(300), backup: .milliseconds(100))
    else { return }
    #expect(
      outcome == .value("Data from \(url("/primary"))", at: .milliseconds(300)),
      "the first request answers at 0.3 s: return its body then, without waiting for the 1 s delay; got: \(outcome). (A group ends only once all its children have: cancelAll() the timer before returning.)"
    )
    #expect(
      stats.calls == 1,
      "the first request answered within the delay: do not send the backup request (\(stats.calls) requests sent)"
    )
  }

  @Test(
    "Exercise 5.2: a slow first request: the backup's answer, the first cancelled"
  )
  func hedgedBackupWins() throws {
    guard
      let (outcome, stats) = try Self.attemptHedged(
        primary: .seconds(3), backup: .milliseconds(500))
    else { return }
    #expect(
      outcome == .value("Data from \(url("/backup"))", at: .milliseconds(1500)),
      "no answer after 1 s: start the backup then; it answers at 1.5 s. Got: \(outcome). (If the backup's body came at 1.5 s but the call returned later, the group waited for the first request: cancelAll() before returning.)"
    )
    #expect(
      stats.calls == 2,
      "two requests: the first, then the backup at 1 s; \(stats.calls) sent. Does the timer sleep on the clock it is given? Task.sleep does not move with the loop's clock"
    )
    #expect(
      stats.inFlight == 0,
      "no request may be left running"
    )
  }

  @Test("Exercise 5.2: the first request can still win after the delay")
  func hedgedPrimaryStillWins() throws {
    guard
      let (outcome, stats) = try Self.attemptHedged(
        primary: .milliseconds(1400), backup: .seconds(1))
    else { return }
    #expect(
      outcome
        == .value("Data from \(url("/primary"))", at: .milliseconds(1400)),
      "the backup starts at 1 s, but the first request still runs, and answers first, at 1.4 s: keep it running, return the first body of either, and cancelAll() the rest. Got: \(outcome)"
    )
    #expect(
      stats.inFlight == 0, "the backup, still running, must be cancelled")
  }

  @Test("Exercise 5.2: the first request fails early: the backup at once")
  func hedgedPrimaryFailsEarly() throws {
    guard
      let (outcome, _) = try Self.attemptHedged(
        primary: .milliseconds(200), backup: .milliseconds(500),
        failing: ["/primary"])
    else { return }
    #expect(
      outcome == .value("Data from \(url("/backup"))", at: .milliseconds(700)),
      "the first request fails at 0.2 s: start the backup then, without waiting for the delay, and return its body at 0.7 s. Got: \(outcome)"
    )
  }

  @Test("Exercise 5.2: a failure does not end the call while the other runs")
  func hedgedFailureThenAnswer() throws {
    guard
      let (outcome, _) = try Self.attemptHedged(
        primary: .milliseconds(1500), backup: .seconds(2),
        failing: ["/primary"])
    else { return }
    #expect(
      outcome == .value("Data from \(url("/backup"))", at: .seconds(3)),
      "the first request fails at 1.5 s, while the backup (started at 1 s) is still running: wait for it, and return its body at 3.0 s. Got: \(outcome)"
    )
  }

  @Test("Exercise 5.2: both fail: the last error, when the last one fails")
  func hedgedBothFail() throws {
    guard
      let (outcome, _) = try Self.attemptHedged(
        primary: .milliseconds(1200), backup: .milliseconds(500),
        failing: ["/primary", "/backup"])
    else { return }
    let last = APIError.serverError(url: url("/backup"))
    #expect(
      outcome == .error("\(last)", at: .milliseconds(1500)),
      "the first request fails at 1.2 s, while the backup (started at 1 s) runs; the backup fails at 1.5 s: throw its error then. Got: \(outcome)"
    )
  }

  @Test("Exercise 5.2: cancelled: CancellationError at once, nothing left")
  func hedgedCancelled() throws {
    guard
      let (outcome, stats) = try Self.attemptHedged(
        primary: .seconds(3), backup: .seconds(3),
        cancelAfter: .milliseconds(1200))
    else { return }
    #expect(
      outcome == .cancellationError(at: .milliseconds(1200)),
      "cancelled at 1.2 s, the call must throw CancellationError at 1.2 s; got: \(outcome)"
    )
    #expect(stats.inFlight == 0, "no request may be left running")
  }

  @Test(
    "Exercise 5.2: cancelled before the delay, or as it ends: no backup",
    arguments: [Duration.milliseconds(500), .seconds(1)]
  )
  func hedgedCancelledEarly(at time: Duration) throws {
    guard
      let (outcome, stats) = try Self.attemptHedged(
        primary: .seconds(3), backup: .seconds(3),
        cancelAfter: time)
    else { return }
    let at = Console.seconds(time)
    #expect(
      outcome == .cancellationError(at: time),
      "cancelled at \(at) s: throw CancellationError at \(at) s; got: \(outcome)"
    )
    #expect(
      stats.calls == 1,
      "cancelled at \(at) s, when the backup is not yet started: send no backup request (\(stats.calls) sent). A request that throws CancellationError has not failed: its caller was cancelled; and a timer that sleeps with `try?` fires at once when cancelled. At the delay's very instant, the timer and the cancel come together: group.addTaskUnlessCancelled starts the backup only if the task is not cancelled"
    )
    #expect(stats.inFlight == 0, "no request may be left running")
  }

  // MARK: 5.3

  /// What `isReady` does on its Nth call.
  enum Check: Sendable {
    /// Answers at once.
    case answer(Bool)
    /// Throws a `Broken` at once.
    case fail
    /// Sleeps `duration` on the loop (throwing if cancelled), then answers.
    case slowly(Duration, Bool)
    /// Waits `duration`, cancelled or not, then answers.
    case ignoringCancellation(Duration, Bool)
  }

  /// Calls `pollUntilReady(checks:every: 1 s…)` in a task on a loop,
  /// cancelled after `cancelAfter` if given, with an `isReady` that does
  /// `script`'s Nth step on its Nth call (the last one after that). Returns
  /// how the call ended, and when each call to `isReady` was made.
  private static func attemptPoll(
    checks: Int,
    _ script: [Check],
    cancelAfter: Duration? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (outcome: CallOutcome, calls: [Duration])? {
    let loop = EventLoop(mode: .simulated)
    let calls = Recorder<Duration>()
    let clock = loop.clock
    let outcome = try attemptCall(
      "5.3", on: loop, cancelAfter: cancelAfter,
      ifStuck: "pollUntilReady never returned",
      sourceLocation: sourceLocation
    ) {
      let count = try await pollUntilReady(
        checks: checks, every: .seconds(1), clock: clock
      ) {
        calls.record(loop.now)
        guard calls.all.count < 100 else {
          throw Broken(name: "a check after the 100th")
        }
        switch script[min(calls.all.count, script.count) - 1] {
        case .answer(let ready):
          return ready
        case .fail:
          throw Broken(name: "check \(calls.all.count)")
        case .slowly(let duration, let ready):
          try await clock.sleep(for: duration)
          return ready
        case .ignoringCancellation(let duration, let ready):
          await sleepIgnoringCancellation(duration, on: loop)
          return ready
        }
      }
      return "\(count) calls"
    }
    guard let outcome else { return nil }
    return (outcome, calls.all)
  }

  private static func seconds(_ times: [Duration]) -> String {
    times.map { "\(Console.seconds($0)) s" }.joined(separator: ", ")
  }

  @Test("Exercise 5.3: ready on the third call: 3, at 0, 1 and 2 s")
  func pollReady() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 5, [.answer(false), .answer(false), .answer(true)])
    else { return }
    #expect(
      outcome == .value("3 calls", at: .seconds(2)),
      "ready on the third call, at 2.0 s: return 3 then. Got: \(outcome)")
    #expect(
      calls == [.zero, .seconds(1), .seconds(2)],
      "call at once, then 1 s after each call; calls were at \(Self.seconds(calls))"
    )
  }

  @Test("Exercise 5.3: a call that throws is a not yet")
  func pollThrowingChecks() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 5, [.fail, .fail, .answer(true)])
    else { return }
    #expect(
      outcome == .value("3 calls", at: .seconds(2)),
      "two calls threw, the third said ready: a failed check is a not yet, so go on; return 3 at 2.0 s. Got: \(outcome)"
    )
    #expect(calls.count == 3)
  }

  @Test(
    "Exercise 5.3: never ready: StillNotReady after the last call, at once",
    arguments: [3, 1]
  )
  func pollNeverReady(checks: Int) throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: checks, [.answer(false)])
    else { return }
    let last = Duration.seconds(checks - 1)
    #expect(
      outcome == .error("\(StillNotReady(checks: checks))", at: last),
      "after \(checks) calls without a true, throw StillNotReady(checks: \(checks)) at once, at \(Console.seconds(last)) s: no wait after the last call. Got: \(outcome)"
    )
    #expect(
      calls.count == checks,
      "\(checks) checks means \(checks) calls, not \(calls.count)")
  }

  @Test("Exercise 5.3: fewer than one check counts as one")
  func pollNoChecks() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(checks: 0, [.answer(false)])
    else { return }
    #expect(
      outcome == .error("\(StillNotReady(checks: 1))", at: .zero),
      "checks: 0 counts as 1: one call, then StillNotReady(checks: 1) at once, at 0.0 s. Got: \(outcome)"
    )
    #expect(calls.count == 1)
  }

  @Test("Exercise 5.3: cancelled while waiting: CancellationError at once")
  func pollCancelledWhileWaiting() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 6, [.answer(false)], cancelAfter: .milliseconds(1500))
    else { return }
    let hotLoop =
      calls.count > 2
      ? ". A `try?` around the sleep turns the loop into a hot loop" : ""
    #expect(
      calls == [.zero, .seconds(1)],
      "cancelled at 1.5 s, while waiting: make no more calls; calls were at \(Self.seconds(calls))\(hotLoop)"
    )
    #expect(
      outcome == .cancellationError(at: .milliseconds(1500)),
      "cancelled at 1.5 s: throw CancellationError then; got: \(outcome)")
  }

  @Test("Exercise 5.3: cancelled during the last call: CancellationError")
  func pollCancelledDuringLastCall() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 2, [.slowly(.seconds(1), false)],
        cancelAfter: .milliseconds(2500))
    else { return }
    #expect(calls == [.zero, .seconds(2)])
    #expect(
      outcome == .cancellationError(at: .milliseconds(2500)),
      "cancelled at 2.5 s, during the last call, which threw CancellationError: rethrow it, it is not a not yet. Got: \(outcome)"
    )
  }

  @Test(
    "Exercise 5.3: a call that ignores cancellation: CancellationError after it"
  )
  func pollCancelledDuringStubbornCall() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 2, [.ignoringCancellation(.seconds(1), false)],
        cancelAfter: .milliseconds(2500))
    else { return }
    #expect(calls == [.zero, .seconds(2)])
    #expect(
      outcome == .cancellationError(at: .seconds(3)),
      "cancelled at 2.5 s, during the last call, which ignored it and said not yet at 3.0 s: the task is cancelled, so throw CancellationError (Task.checkCancellation()), not StillNotReady. Got: \(outcome)"
    )
  }

  @Test("Exercise 5.3: cancelled before the call: no call at all")
  func pollCancelledBefore() throws {
    guard
      let (outcome, calls) = try Self.attemptPoll(
        checks: 3, [.answer(false)], cancelAfter: .zero)
    else { return }
    #expect(
      calls.isEmpty,
      "the task was cancelled before the call: call isReady no more, not even once (Task.checkCancellation() before each call); calls were at \(Self.seconds(calls))"
    )
    #expect(
      outcome == .cancellationError(at: .zero),
      "cancelled before the call: throw CancellationError at once; got: \(outcome)"
    )
  }
}
