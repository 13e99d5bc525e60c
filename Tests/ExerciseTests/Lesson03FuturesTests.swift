import CourseKit
import Futures
import Testing

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private struct Boom: Error, Equatable {}

/// A future that completes with `result` after `seconds` on `loop`.
private func after(
  _ seconds: Double,
  _ result: Result<Int, any Error>,
  on loop: EventLoop
) -> Future<Int> {
  let (future, promise) = Future<Int>.make(on: loop)
  loop.callLater(after: .seconds(seconds)) {
    promise.completeIfPending(result)
  }
  return future
}

/// "7 at 2.0s" or "Boom at 2.0s".
private func describe<Value>(
  _ result: Result<Value, any Error>, _ loop: EventLoop
)
  -> String
{
  let time = "at \(Console.seconds(loop.now))s"
  switch result {
  case .success(let value): return "\(value) \(time)"
  case .failure(let error): return "\(type(of: error)) \(time)"
  }
}

@Suite("Chapter 3 exercises: futures")
struct Lesson03FuturesTests {
  @Test("Exercise 3.1: a success passes through unchanged")
  func recoverSuccess() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let fallbacks = Calls<String>()
    let solved = try attempt("3.1") {
      after(2, .success(7), on: loop)
        .recover { error in
          fallbacks.record("\(error)")
          return -1
        }
        .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["7 at 2.0s"])
    #expect(fallbacks.all.isEmpty, "fallback is only for failures")
  }

  @Test("Exercise 3.1: a failure becomes the fallback's value")
  func recoverFailure() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let solved = try attempt("3.1") {
      after(2, .failure(Boom()), on: loop)
        .recover { error in error is Boom ? -1 : -2 }
        .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["-1 at 2.0s"])
  }

  @Test("Exercise 3.2: in time, the result passes through, and nothing waits")
  func timeoutInTime() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let solved = try attempt("3.2") {
      after(1, .success(7), on: loop)
        .timeout(after: .seconds(5))
        .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["7 at 1.0s"])
    #expect(
      loop.now == .seconds(1),
      "the program should end at 1 s: cancel the timer when the future wins"
    )
  }

  @Test("Exercise 3.2: a failure in time passes through, and nothing waits")
  func timeoutFailureInTime() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let solved = try attempt("3.2") {
      after(1, .failure(Boom()), on: loop)
        .timeout(after: .seconds(5))
        .whenComplete { seen.record(describe($0, loop)) }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      seen.all == ["Boom at 1.0s"],
      "the future's own failure, when it comes in time, is its result"
    )
    #expect(
      loop.now == .seconds(1),
      "the program should end at 1 s: cancel the timer when the future wins"
    )
  }

  @Test(
    "Exercise 3.2: too slow, it fails with TimedOut when the limit runs out")
  func timeoutTooSlow() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let errors = Calls<TimedOut>()
    let solved = try attempt("3.2") {
      after(5, .success(7), on: loop)
        .timeout(after: .seconds(2))
        .whenComplete { result in
          seen.record(describe(result, loop))
          if case .failure(let error as TimedOut) = result {
            errors.record(error)
          }
        }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["TimedOut at 2.0s"])
    #expect(errors.all == [TimedOut(after: .seconds(2))])
  }

  @Test("Exercise 3.3: every result, in order, once all are complete")
  func allSettled() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let solved = try attempt("3.3") {
      let futures = [
        after(3, .success(1), on: loop),
        after(1, .failure(Boom()), on: loop),
        after(2, .success(3), on: loop),
      ]
      Future.allSettled(futures, on: loop).whenComplete { result in
        guard case .success(let results) = result else {
          seen.record("allSettled failed: it never should")
          return
        }
        let each = results.map { describe($0, loop) }
        seen.record(each.joined(separator: ", "))
      }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["1 at 3.0s, Boom at 3.0s, 3 at 3.0s"])
  }

  @Test("Exercise 3.3: no futures settle at once, with []")
  func allSettledEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Calls<String>()
    let solved = try attempt("3.3") {
      Future<Int>.allSettled([], on: loop).whenComplete { result in
        seen.record(describe(result.map(\.count), loop))
      }
      try loop.run()
    }
    guard solved else { return }
    #expect(seen.all == ["0 at 0.0s"])
  }
}
