import CourseKit
import CourseTestSupport
import Futures
import Testing

private struct Boom: Error, CustomStringConvertible {
  var description: String { "boom" }
}

private func describe<Value>(_ result: Result<Value, any Error>) -> String {
  switch result {
  case .success(let value): "\(value)"
  case .failure(let error): "error: \(error)"
  }
}

@Suite("Chapter 3: the Future type")
struct FutureTests {
  @Test("a future completes once; a second completion throws")
  func completesOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let (future, promise) = Future<Int>.make(on: loop)
    try promise.succeed(1)
    #expect(throws: FutureError.alreadyComplete) { try promise.succeed(2) }
    #expect(!promise.completeIfPending(.success(3)))
    #expect(try future.result?.get() == 1)
  }

  @Test("callbacks run on the loop, in order, never inline")
  func callbacksOnTheLoop() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let (future, promise) = Future<Int>.make(on: loop)
    future.whenComplete { seen.record("first \(describe($0))") }
    future.whenComplete { seen.record("second \(describe($0))") }
    try promise.succeed(7)
    future.whenComplete { seen.record("after \(describe($0))") }
    seen.record("inline code done")
    try loop.run()
    #expect(seen.all == ["inline code done", "first 7", "second 7", "after 7"])
  }

  @Test("map transforms; a failure or a throw passes through")
  func map() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let (good, goodPromise) = Future<Int>.make(on: loop)
    let (bad, badPromise) = Future<Int>.make(on: loop)
    good.map { $0 * 2 }.whenComplete { seen.record("doubled \(describe($0))") }
    good.map { _ -> Int in throw Boom() }.whenComplete {
      seen.record(describe($0))
    }
    bad.map { $0 * 2 }.whenComplete { seen.record("bad \(describe($0))") }
    try goodPromise.succeed(21)
    try badPromise.fail(Boom())
    try loop.run()
    #expect(Set(seen.all) == ["doubled 42", "error: boom", "bad error: boom"])
  }

  @Test("flatMap chains in order; a failure skips the later steps")
  func flatMap() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let (start, promise) = Future<Int>.make(on: loop)
    start
      .flatMap { value -> Future<Int> in
        seen.record("step 1 got \(value)")
        let (next, nextPromise) = Future<Int>.make(on: loop)
        loop.callLater(after: .seconds(1)) { try? nextPromise.fail(Boom()) }
        return next
      }
      .flatMap { value -> Future<Int> in
        seen.record("step 2 got \(value)")
        return start
      }
      .whenComplete { seen.record("end: \(describe($0)) at \(loop.now)") }
    try promise.succeed(1)
    try loop.run()
    #expect(seen.all == ["step 1 got 1", "end: error: boom at 1.0 seconds"])
  }

  @Test("all keeps the order of the futures, and fails on the first failure")
  func all() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    func after(_ seconds: Int, _ value: Int, fail: Bool = false)
      -> Future<Int>
    {
      let (future, promise) = Future<Int>.make(on: loop)
      loop.callLater(after: .seconds(seconds)) {
        promise.completeIfPending(fail ? .failure(Boom()) : .success(value))
      }
      return future
    }
    Future.all([after(3, 1), after(1, 2), after(2, 3)], on: loop)
      .whenComplete { seen.record("all \(describe($0)) at \(loop.now)") }
    Future.all([after(3, 1), after(1, 2, fail: true)], on: loop)
      .whenComplete { seen.record("failing \(describe($0)) at \(loop.now)") }
    Future<Int>.all([], on: loop)
      .whenComplete { seen.record("empty \(describe($0)) at \(loop.now)") }
    try loop.run()
    #expect(
      seen.all == [
        "empty [] at 0.0 seconds",
        "failing error: boom at 1.0 seconds",
        "all [1, 2, 3] at 3.0 seconds",
      ])
  }

  @Test("first completes with whichever future completes first")
  func first() throws {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let futures = [3, 1, 2].map { seconds in
      let (future, promise) = Future<Int>.make(on: loop)
      loop.callLater(after: .seconds(seconds)) {
        promise.completeIfPending(.success(seconds))
      }
      return future
    }
    Future.first(of: futures, on: loop)
      .whenComplete { seen.record("\(describe($0)) at \(loop.now)") }
    try loop.run()
    #expect(seen.all == ["1 at 1.0 seconds"])
  }

  @Test("value suspends a task until the future completes")
  func value() throws {
    let loop = EventLoop(mode: .simulated)
    let (future, promise) = Future<String>.make(on: loop)
    let (failing, failingPromise) = Future<String>.make(on: loop)
    loop.callLater(after: .seconds(2)) { try? promise.succeed("ready") }
    loop.callLater(after: .seconds(3)) { try? failingPromise.fail(Boom()) }
    let outcome = try loop.run {
      let value = try await future.value
      let time = loop.now
      do {
        _ = try await failing.value
        return "no error"
      } catch {
        return "\(value) at \(time), then \(error) at \(loop.now)"
      }
    }
    #expect(outcome == "ready at 2.0 seconds, then boom at 3.0 seconds")
  }
}
