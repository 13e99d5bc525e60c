import CourseKit
import Testing

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private func url(_ name: String) -> String {
  "https://api.example.com/\(name)"
}

/// "a", "b", "c" answer after 3, 1 and 2 seconds: they finish out of order.
private let outOfOrder = Latency.perURL([
  url("a"): .seconds(3), url("b"): .seconds(1), url("c"): .seconds(2),
])

@Suite("Chapter 2 exercises: callback hell")
struct Lesson02CallbackHellTests {
  @Test("Exercise 2.1: all at once, results in input order, once")
  func fetchAllInOrder() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: outOfOrder,
      failures: .urls([url("b")])
    )
    let calls = Calls<([Result<String, APIError>], Duration)>()
    let solved = try attempt("2.1") {
      fetchAll(["a", "b", "c"].map(url), api: api, on: loop) { results in
        calls.record((results, loop.now))
      }
      try loop.run()
    }
    guard solved else { return }
    try #require(calls.all.count == 1, "completion must be called once")
    let (results, time) = calls.all[0]
    #expect(
      results == [
        .success("Data from \(url("a"))"),
        .failure(.serverError(url: url("b"))),
        .success("Data from \(url("c"))"),
      ],
      "one result per URL, in the order of the URLs (a, b, c), however the answers arrive (b, c, a)"
    )
    #expect(api.stats.peakInFlight == 3, "send all requests at once")
    #expect(time == .seconds(3), "done when the slowest answers")
  }

  @Test("Exercise 2.1: no URLs calls back with [], from the loop")
  func fetchAllEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Calls<[Result<String, APIError>]>()
    var beforeRun = 0
    let solved = try attempt("2.1") {
      fetchAll([], api: api, on: loop) { calls.record($0) }
      beforeRun = calls.all.count
      try loop.run()
    }
    guard solved else { return }
    #expect(beforeRun == 0, "fetchAll called back inline")
    #expect(calls.all == [[]])
  }

  /// Runs fetchInSequence over "a", "b", "c" (answering after 3, 1 and 2
  /// seconds) and returns what it delivered, and when, with the API's
  /// counts; nil if the exercise is not solved yet.
  private func sequence(
    failing: Set<String>,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (
    calls: [(Result<[String], APIError>, Duration)], stats: RemoteAPI.Stats
  )? {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: outOfOrder,
      failures: .urls(Set(failing.map(url)))
    )
    let calls = Calls<(Result<[String], APIError>, Duration)>()
    let solved = try attempt("2.2", sourceLocation: sourceLocation) {
      fetchInSequence(["a", "b", "c"].map(url), api: api, on: loop) {
        calls.record(($0, loop.now))
      }
      try loop.run()
    }
    return solved ? (calls.all, api.stats) : nil
  }

  @Test("Exercise 2.2: one after another, every body in order")
  func inSequence() throws {
    guard let (calls, stats) = try sequence(failing: []) else { return }
    try #require(calls.count == 1, "completion must be called once")
    let (result, time) = calls[0]
    #expect(result == .success(["a", "b", "c"].map { "Data from \(url($0))" }))
    #expect(stats.peakInFlight == 1, "one request at a time")
    #expect(time == .seconds(6), "3 s + 1 s + 2 s, one after another")
  }

  @Test("Exercise 2.2: the first error stops the chain")
  func inSequenceStops() throws {
    guard let (calls, stats) = try sequence(failing: ["b"]) else { return }
    try #require(calls.count == 1, "completion must be called once")
    #expect(calls[0].0 == .failure(.serverError(url: url("b"))))
    #expect(calls[0].1 == .seconds(4))
    #expect(stats.calls == 2, "no request after the failure")
  }

  @Test("Exercise 2.2: no URLs calls back with [], from the loop")
  func inSequenceEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Calls<Result<[String], APIError>>()
    var beforeRun = 0
    let solved = try attempt("2.2") {
      fetchInSequence([], api: api, on: loop) { calls.record($0) }
      beforeRun = calls.all.count
      try loop.run()
    }
    guard solved else { return }
    #expect(beforeRun == 0, "fetchInSequence called back inline")
    #expect(calls.all == [.success([])])
  }

  /// Runs fetchFirst over mirrors "b", "a", "c" (answering after 1, 3 and
  /// 2 seconds) and returns what it delivered, and when, after the loop has
  /// run every answer. The last to answer, "a", is not first in the list.
  private func race(
    failing: Set<String>,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [(Result<String, APIError>, Duration)]? {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: outOfOrder,
      failures: .urls(Set(failing.map(url)))
    )
    let calls = Calls<(Result<String, APIError>, Duration)>()
    let solved = try attempt("2.3", sourceLocation: sourceLocation) {
      fetchFirst(from: ["b", "a", "c"].map(url), api: api) {
        calls.record(($0, loop.now))
      }
      try loop.run()
    }
    guard solved else { return nil }
    #expect(api.stats.peakInFlight == 3, "ask every mirror at once")
    return calls.all
  }

  @Test("Exercise 2.3: the first answer wins; later ones are ignored")
  func firstWins() throws {
    guard let calls = try race(failing: []) else { return }
    try #require(calls.count == 1, "completion must be called exactly once")
    #expect(calls[0].0 == .success("Data from \(url("b"))"))
    #expect(calls[0].1 == .seconds(1))
  }

  @Test("Exercise 2.3: a failure does not win while a mirror may succeed")
  func failureDoesNotWin() throws {
    guard let calls = try race(failing: ["b"]) else { return }
    try #require(calls.count == 1, "completion must be called exactly once")
    #expect(calls[0].0 == .success("Data from \(url("c"))"))
    #expect(calls[0].1 == .seconds(2))
  }

  @Test("Exercise 2.3: if every mirror fails, the last failure, once")
  func allFail() throws {
    guard let calls = try race(failing: ["a", "b", "c"]) else { return }
    try #require(calls.count == 1, "completion must be called exactly once")
    #expect(
      calls[0].0 == .failure(.serverError(url: url("a"))),
      "the last failure to arrive (a, at 3 s), not the first in the list"
    )
    #expect(calls[0].1 == .seconds(3))
  }
}
