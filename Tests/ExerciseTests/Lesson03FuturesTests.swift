import CourseTestSupport
import Futures
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

/// The error the tests' futures fail with; `code` tells them apart.
private struct Boom: Error, Equatable {
  let code: Int
}

/// A future that completes with `result` after `delay` on `loop`.
private func after(
  _ delay: Duration,
  _ result: Result<Int, any Error>,
  on loop: EventLoop
) -> Future<Int> {
  let (future, promise) = Future<Int>.make(on: loop)
  loop.callLater(after: delay) {
    promise.completeIfPending(result)
  }
  return future
}

/// "7 at 2.0s", "Boom 3 at 2.0s" or "TimedOut at 2.0s".
private func describe<Value>(
  _ result: Result<Value, any Error>, _ loop: EventLoop
)
  -> String
{
  let time = "at \(Console.seconds(loop.now))s"
  switch result {
  case .success(let value): return "\(value) \(time)"
  case .failure(let boom as Boom): return "Boom \(boom.code) \(time)"
  case .failure(let error): return "\(type(of: error)) \(time)"
  }
}

/// "2.0 s".
private func seconds(_ duration: Duration) -> String {
  "\(Console.seconds(duration)) s"
}

@Suite("Chapter 3 exercises: futures")
struct Lesson03FuturesTests {
  // MARK: 3.1

  /// A future that completes after `delay`, with `value` (or, in the
  /// failure test, with `Boom(code: value)`).
  struct RecoverCase: Sendable, CustomTestStringConvertible {
    let value: Int
    let delay: Duration

    var testDescription: String { "\(value) at \(seconds(delay))" }
  }

  @Test(
    "Exercise 3.1: a success passes through unchanged",
    arguments: [
      RecoverCase(value: 7, delay: .seconds(2)),
      RecoverCase(value: 42, delay: .milliseconds(500)),
      RecoverCase(value: -13, delay: .milliseconds(3700)),
    ]
  )
  func recoverSuccess(recoverCase: RecoverCase) throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let fallbacks = Recorder<String>()
    let solved = try attempt("3.1") {
      after(recoverCase.delay, .success(recoverCase.value), on: loop)
        .recover { error in
          fallbacks.record("\(error)")
          return -1
        }
        .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    let expected =
      "\(recoverCase.value) at \(Console.seconds(recoverCase.delay))s"
    #expect(
      seen.all == [expected],
      "a success passes through as it is, once, when this future completes: \(expected)"
    )
    #expect(
      fallbacks.all.isEmpty,
      "call fallback only when this future fails, never for a success")
  }

  @Test(
    "Exercise 3.1: a failure becomes the fallback's value",
    arguments: [
      RecoverCase(value: 1, delay: .seconds(2)),
      RecoverCase(value: 58, delay: .milliseconds(300)),
      RecoverCase(value: 904, delay: .milliseconds(4100)),
    ]
  )
  func recoverFailure(recoverCase: RecoverCase) throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let fallbacks = Recorder<String>()
    let solved = try attempt("3.1") {
      after(
        recoverCase.delay, .failure(Boom(code: recoverCase.value)), on: loop
      )
      .recover { error in
        fallbacks.record(
          describe(Result<Int, any Error>.failure(error), loop))
        return (error as? Boom).map { $0.code * 10 } ?? -1
      }
      .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    let time = "at \(Console.seconds(recoverCase.delay))s"
    #expect(
      fallbacks.all == ["Boom \(recoverCase.value) \(time)"],
      "call fallback once, with this future's own error, when it fails")
    #expect(
      seen.all == ["\(recoverCase.value * 10) \(time)"],
      "a failure becomes a success: complete the new future with fallback(error), once, when this future fails"
    )
  }

  // MARK: 3.2

  /// A timeout of `limit`, set at `start` on a future that completes
  /// `delay` after that, with `value` or, if it `fails`, with
  /// `Boom(code: value)`; or never, if `delay` is nil.
  struct TimeoutCase: Sendable, CustomTestStringConvertible {
    let start: Duration
    let delay: Duration?
    let limit: Duration
    let value: Int
    let fails: Bool

    init(
      at start: Duration, done delay: Duration?, limit: Duration,
      value: Int = 7, fails: Bool = false
    ) {
      self.start = start
      self.delay = delay
      self.limit = limit
      self.value = value
      self.fails = fails
    }

    /// "7" or "Boom 7": what the future completes with.
    var outcome: String { fails ? "Boom \(value)" : "\(value)" }

    var testDescription: String {
      let done =
        delay.map { "\(outcome) \(seconds($0)) later" } ?? "never done"
      return
        "set at \(seconds(start)), limit \(seconds(limit)), future \(done)"
    }

    /// Runs the case on `loop`; returns what the timed future delivered.
    func run(on loop: EventLoop) throws -> Recorder<String> {
      let seen = Recorder<String>()
      let result: Result<Int, any Error> =
        fails ? .failure(Boom(code: value)) : .success(value)
      let (delay, limit) = (self.delay, self.limit)
      loop.callLater(after: start) {
        let future: Future<Int>
        if let delay {
          future = after(delay, result, on: loop)
        } else {
          future = Future<Int>.make(on: loop).0
        }
        future.timeout(after: limit).whenComplete { result in
          var text = describe(result, loop)
          if case .failure(let error as TimedOut) = result {
            text += ", after \(seconds(error.after))"
          }
          seen.record(text)
        }
      }
      try loop.run()
      return seen
    }
  }

  @Test(
    "Exercise 3.2: in time, the result passes through, and nothing waits",
    arguments: [
      TimeoutCase(at: .zero, done: .seconds(1), limit: .seconds(5)),
      TimeoutCase(
        at: .milliseconds(1500), done: .milliseconds(300),
        limit: .seconds(2), value: 12),
      TimeoutCase(
        at: .seconds(4), done: .milliseconds(2400),
        limit: .milliseconds(2500), value: -3),
    ]
  )
  func timeoutInTime(timeoutCase: TimeoutCase) throws {
    try checkInTime(timeoutCase)
  }

  @Test(
    "Exercise 3.2: a failure in time passes through, and nothing waits",
    arguments: [
      TimeoutCase(
        at: .zero, done: .seconds(1), limit: .seconds(5), value: 1,
        fails: true),
      TimeoutCase(
        at: .milliseconds(700), done: .milliseconds(1800),
        limit: .seconds(3), value: 44, fails: true),
    ]
  )
  func timeoutFailureInTime(timeoutCase: TimeoutCase) throws {
    try checkInTime(timeoutCase)
  }

  /// Checks a case whose future completes before the limit runs out.
  private func checkInTime(
    _ timeoutCase: TimeoutCase,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let loop = EventLoop(mode: .simulated)
    let seen = try attempt("3.2", sourceLocation: sourceLocation) {
      try timeoutCase.run(on: loop)
    }
    guard let seen, let delay = timeoutCase.delay else { return }
    let done = timeoutCase.start + delay
    let expected = "\(timeoutCase.outcome) at \(Console.seconds(done))s"
    #expect(
      seen.all == [expected],
      "in time, the future's own result, success or failure, passes through, once, when it comes: \(expected)",
      sourceLocation: sourceLocation
    )
    #expect(
      loop.now == done,
      "the program should end at \(seconds(done)), when the future won, not at \(seconds(loop.now)): cancel the timer when the future wins, whatever its result",
      sourceLocation: sourceLocation
    )
  }

  @Test(
    "Exercise 3.2: too slow, it fails with TimedOut when the limit runs out",
    arguments: [
      TimeoutCase(at: .zero, done: .seconds(5), limit: .seconds(2)),
      TimeoutCase(
        at: .seconds(2), done: .seconds(3), limit: .milliseconds(800),
        value: 5, fails: true),
      TimeoutCase(
        at: .milliseconds(500), done: .milliseconds(1200),
        limit: .seconds(1), value: 31),
      TimeoutCase(at: .seconds(1), done: nil, limit: .milliseconds(2600)),
    ]
  )
  func timeoutTooSlow(timeoutCase: TimeoutCase) throws {
    let loop = EventLoop(mode: .simulated)
    let seen = try attempt("3.2") {
      try timeoutCase.run(on: loop)
    }
    guard let seen else { return }
    let limit = timeoutCase.limit
    let expected =
      "TimedOut at \(Console.seconds(timeoutCase.start + limit))s, "
      + "after \(seconds(limit))"
    #expect(
      seen.all == [expected],
      "fail once with TimedOut(after: limit) when the limit runs out, \(seconds(limit)) after timeout(after:) was called (\(expected)): start a timer then, rather than waiting for a future that may come late or never"
    )
  }

  @Test("Exercise 3.2: two timeouts at once each cancel their own timer")
  func timeoutTwoAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let solved = try attempt("3.2") {
      // In time at 2 s, with a limit of 3 s.
      after(.seconds(2), .success(1), on: loop)
        .timeout(after: .seconds(3))
        .whenComplete { seen.record("first: \(describe($0, loop))") }
      // Never done, with a limit of 1 s.
      Future<Int>.make(on: loop).0
        .timeout(after: .seconds(1))
        .whenComplete { seen.record("second: \(describe($0, loop))") }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      seen.all == ["second: TimedOut at 1.0s", "first: 1 at 2.0s"],
      "each timeout races its own future against its own timer")
    #expect(
      loop.now == .seconds(2),
      "the program should end at 2.0 s, not at \(seconds(loop.now)): each timeout must cancel its own timer, so keep the timer in the call, not in a variable every call shares"
    )
  }

  // MARK: 3.3

  /// Futures that complete after the given latencies, each with its
  /// number (from 1) times 10, or, if it is in `failing`, with
  /// `Boom(code: number)`.
  struct SettleCase: Sendable, CustomTestStringConvertible {
    let latencies: [Duration]
    let failing: Set<Int>

    init(tenths: [Int], failing: Set<Int>) {
      latencies = tenths.map { .milliseconds(100 * $0) }
      self.failing = failing
    }

    /// `count` futures whose latencies and failures are drawn from `seed`.
    init(_ count: Int, seed: UInt64) {
      var random = SeededRandom(seed: seed)
      var used: Set<Int> = []
      latencies = (0..<count).map { _ in
        var tenths = 0
        repeat {
          tenths = Int.random(in: 1...40, using: &random)
        } while !used.insert(tenths).inserted
        return .milliseconds(100 * tenths)
      }
      failing = Set(
        (1...count).filter { _ in Bool.random(using: &random) })
    }

    func futures(on loop: EventLoop) -> [Future<Int>] {
      latencies.enumerated().map { index, latency in
        let number = index + 1
        return after(
          latency,
          failing.contains(number)
            ? .failure(Boom(code: number)) : .success(number * 10),
          on: loop)
      }
    }

    /// What each future ends with, in their order, described at `time`.
    func expected(at time: Duration) -> String {
      latencies.indices.map { index in
        let number = index + 1
        let outcome =
          failing.contains(number) ? "Boom \(number)" : "\(number * 10)"
        return "\(outcome) at \(Console.seconds(time))s"
      }
      .joined(separator: ", ")
    }

    var testDescription: String {
      latencies.enumerated().map { index, latency in
        let number = index + 1
        let outcome = failing.contains(number) ? "fails" : "succeeds"
        return "#\(number) \(outcome) at \(Console.seconds(latency))s"
      }
      .joined(separator: ", ")
    }
  }

  /// Records the results `allSettled` delivers, one string for all.
  private static func record(
    _ result: Result<[Result<Int, any Error>], any Error>,
    _ loop: EventLoop, into seen: Recorder<String>, prefix: String = ""
  ) {
    guard case .success(let results) = result else {
      seen.record("\(prefix)allSettled failed: it never should")
      return
    }
    seen.record(
      prefix + results.map { describe($0, loop) }.joined(separator: ", "))
  }

  @Test(
    "Exercise 3.3: every result, in order, once all are complete",
    arguments: [
      SettleCase(tenths: [30, 10, 20], failing: [2]),
      SettleCase(tenths: [4, 22, 13, 9, 18], failing: [1, 4]),
      SettleCase(tenths: [15, 35, 5, 25], failing: [1, 2, 3, 4]),
      SettleCase(8, seed: 31),
      SettleCase(12, seed: 32),
    ]
  )
  func allSettled(settleCase: SettleCase) throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let solved = try attempt("3.3") {
      Future.allSettled(settleCase.futures(on: loop), on: loop)
        .whenComplete { Self.record($0, loop, into: seen) }
      try loop.run()
    }
    guard solved else { return }
    let last = settleCase.latencies.max()!
    #expect(
      seen.all.count == 1,
      "complete the future once, when the last of the futures has (at \(seconds(last))), whatever their results"
    )
    #expect(
      seen.all.first == settleCase.expected(at: last),
      "every result, success or failure, as each future ended, in the order of the futures (not the order they complete), once the last one has: at \(seconds(last))"
    )
    #expect(
      !seen.all.contains { $0.contains("allSettled failed") },
      "allSettled never fails: a failure of one future is one of the results"
    )
  }

  @Test("Exercise 3.3: no futures settle at once, with []")
  func allSettledEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let solved = try attempt("3.3") {
      Future<Int>.allSettled([], on: loop).whenComplete { result in
        seen.record(describe(result.map(\.count), loop))
      }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      seen.all == ["0 at 0.0s"],
      "with no futures there is nothing to wait for: complete at once, with [], on loop"
    )
  }

  @Test("Exercise 3.3: two allSettled at once each get their own results")
  func allSettledTwoAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let first = SettleCase(tenths: [10, 30], failing: [2])
    let second = SettleCase(tenths: [20, 5, 15], failing: [1])
    let solved = try attempt("3.3") {
      Future.allSettled(first.futures(on: loop), on: loop).whenComplete {
        Self.record($0, loop, into: seen, prefix: "first: ")
      }
      Future.allSettled(second.futures(on: loop), on: loop).whenComplete {
        Self.record($0, loop, into: seen, prefix: "second: ")
      }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      seen.all == [
        "second: " + second.expected(at: .seconds(2)),
        "first: " + first.expected(at: .seconds(3)),
      ],
      "two allSettled at once must not mix: keep each call's results and count in that call, not in a variable every call shares"
    )
  }
}
