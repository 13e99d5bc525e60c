import CourseTestSupport
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private func url(_ name: String) -> String {
  "https://api.example.com/\(name)"
}

/// "a", "b", "c" answer after 3, 1 and 2 seconds: they finish out of order.
private let outOfOrder: [String: Duration] = [
  "a": .seconds(3), "b": .seconds(1), "c": .seconds(2),
]

/// A list of names for a message: `a, b, c`.
private func list(_ names: [String]) -> String {
  names.joined(separator: ", ")
}

@Suite("Chapter 2 exercises: callback hell")
struct Lesson02CallbackHellTests {
  @Test(
    "Exercise 2.1: all at once, results in input order, once",
    arguments: [
      Requests(["a", "b", "c"], latency: outOfOrder, failing: ["b"]),
      Requests(["c", "a", "b"], latency: outOfOrder),
      Requests(["e", "d", "a", "c", "b"], seed: 21, failing: ["d", "c"]),
      Requests(["q", "p"], seed: 22, failing: ["p"]),
      Requests(["z"], seed: 23),
    ]
  )
  func fetchAllInOrder(requests: Requests) throws {
    let loop = EventLoop(mode: .simulated)
    let api = requests.api(on: loop)
    let calls = Recorder<([Result<String, APIError>], Duration)>()
    let beforeReturn = try attempt("2.1") {
      fetchAll(requests.urls, api: api, on: loop) { results in
        calls.record((results, loop.now))
      }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return }
    #expect(
      beforeReturn == 0,
      "fetchAll called back before the answers arrived: call completion from the callback of the last answer"
    )
    try #require(
      calls.all.count == 1,
      "completion must be called exactly once, after the last answer (a failure is an answer too)"
    )
    let (results, time) = calls.all[0]
    #expect(
      results == requests.names.map(requests.answer),
      "one result per URL, in the order of the URLs (\(list(requests.names))), however the answers arrive (\(list(requests.arrivals)))"
    )
    #expect(
      api.stats.peakInFlight == requests.names.count,
      "send all requests at once (\(requests.names.count) in flight together)"
    )
    let slowest = requests.latency.values.max()!
    #expect(
      time == slowest,
      "done when the slowest answers (at \(Console.seconds(slowest)) s), not before and not later"
    )
  }

  @Test("Exercise 2.1: two calls at once keep their own results")
  func fetchAllTwiceAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let first = Requests(["a", "b"], seed: 24)
    let second = Requests(["c", "d", "e"], seed: 25, failing: ["d"])
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL(
        Dictionary(
          uniqueKeysWithValues: first.latency.merging(second.latency) { $1 }
            .map { (url($0), $1) })),
      failures: .urls([url("d")])
    )
    let calls = Recorder<(String, [Result<String, APIError>])>()
    let solved = try attempt("2.1") {
      fetchAll(first.urls, api: api, on: loop) {
        calls.record(("first", $0))
      }
      fetchAll(second.urls, api: api, on: loop) {
        calls.record(("second", $0))
      }
      try loop.run()
    }
    guard solved else { return }
    let byCall = Dictionary(grouping: calls.all, by: \.0).mapValues {
      $0.map(\.1)
    }
    #expect(
      byCall["first"] == [first.names.map(first.answer)]
        && byCall["second"] == [second.names.map(second.answer)],
      "two fetchAll calls at once must each get their own results, once: keep the state in each call (a Mutex made inside fetchAll), not in a global or static"
    )
  }

  @Test("Exercise 2.1: no URLs calls back with [], from the loop")
  func fetchAllEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Recorder<[Result<String, APIError>]>()
    let beforeRun = try attempt("2.1") {
      fetchAll([], api: api, on: loop) { calls.record($0) }
      let beforeRun = calls.all.count
      try loop.run()
      return beforeRun
    }
    guard let beforeRun else { return }
    #expect(beforeRun == 0, "fetchAll called back inline: use loop.callSoon")
    #expect(
      calls.all == [[]],
      "with no URLs there is no answer to wait for: call completion once, with [], from the loop (loop.callSoon)"
    )
    #expect(api.stats.calls == 0, "with no URLs, send no request")
  }

  /// Runs fetchInSequence over `requests` and returns what it delivered,
  /// and when, with the API's counts; nil if the exercise is not solved
  /// yet.
  private func sequence(
    _ requests: Requests,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> (
    calls: [(Result<[String], APIError>, Duration)], stats: RemoteAPI.Stats
  )? {
    let loop = EventLoop(mode: .simulated)
    let api = requests.api(on: loop)
    let calls = Recorder<(Result<[String], APIError>, Duration)>()
    let beforeReturn = try attempt("2.2", sourceLocation: sourceLocation) {
      fetchInSequence(requests.urls, api: api, on: loop) {
        calls.record(($0, loop.now))
      }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return nil }
    #expect(
      beforeReturn == 0,
      "fetchInSequence called back before the answers arrived",
      sourceLocation: sourceLocation
    )
    return (calls.all, api.stats)
  }

  @Test(
    "Exercise 2.2: one after another, every body in order",
    arguments: [
      Requests(["a", "b", "c"], latency: outOfOrder),
      Requests(["d", "b", "e", "a"], seed: 31),
      Requests(["b", "a"], seed: 32),
      Requests(["c"], seed: 33),
    ]
  )
  func inSequence(requests: Requests) throws {
    guard let (calls, stats) = try sequence(requests) else { return }
    try #require(calls.count == 1, "completion must be called exactly once")
    let (result, time) = calls[0]
    #expect(
      result == .success(requests.names.map { "Data from \(url($0))" }),
      "every body, in the order of the URLs (\(list(requests.names)))"
    )
    #expect(
      stats.peakInFlight == 1,
      "one request at a time: send the next one only once the one before has answered"
    )
    let total = requests.latency.values.reduce(.zero, +)
    #expect(
      time == total,
      "one after another, each once the one before has answered: done at \(Console.seconds(total)) s, the sum of the latencies"
    )
  }

  @Test(
    "Exercise 2.2: the first error stops the chain",
    arguments: [
      Requests(["a", "b", "c"], latency: outOfOrder, failing: ["b"]),
      Requests(["e", "c", "d", "a", "b"], seed: 34, failing: ["d", "b"]),
      Requests(["d", "b"], seed: 35, failing: ["d"]),
    ]
  )
  func inSequenceStops(requests: Requests) throws {
    guard let (calls, stats) = try sequence(requests) else { return }
    let failed = requests.names.firstIndex {
      requests.failing.contains($0)
    }!
    let name = requests.names[failed]
    let sent = requests.names[...failed]
    let time = sent.map { requests.latency[$0]! }.reduce(.zero, +)
    #expect(
      stats.calls == sent.count,
      "no request after the failure: send \(list(Array(sent))), and stop at \(name)"
    )
    try #require(calls.count == 1, "completion must be called exactly once")
    #expect(
      calls[0].0 == .failure(.serverError(url: url(name))),
      "deliver the first error, from \(name)"
    )
    #expect(
      calls[0].1 == time,
      "report the error as soon as it arrives (at \(Console.seconds(time)) s), without waiting for more"
    )
  }

  @Test("Exercise 2.2: two chains at once keep their own bodies")
  func inSequenceTwiceAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, latency: .perURL([:]))
    let calls = Recorder<(String, Result<[String], APIError>)>()
    let solved = try attempt("2.2") {
      fetchInSequence(["a", "b"].map(url), api: api, on: loop) {
        calls.record(("first", $0))
      }
      fetchInSequence(["c", "d", "e"].map(url), api: api, on: loop) {
        calls.record(("second", $0))
      }
      try loop.run()
    }
    guard solved else { return }
    let byCall = Dictionary(grouping: calls.all, by: \.0).mapValues {
      $0.map(\.1)
    }
    #expect(
      byCall["first"] == [.success(["a", "b"].map { "Data from \(url($0))" })]
        && byCall["second"]
          == [.success(["c", "d", "e"].map { "Data from \(url($0))" })],
      "two fetchInSequence calls at once must each get their own bodies, once: carry the bodies along in each call, not in a global or static"
    )
  }

  @Test("Exercise 2.2: no URLs calls back with [], from the loop")
  func inSequenceEmpty() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Recorder<Result<[String], APIError>>()
    let beforeRun = try attempt("2.2") {
      fetchInSequence([], api: api, on: loop) { calls.record($0) }
      let beforeRun = calls.all.count
      try loop.run()
      return beforeRun
    }
    guard let beforeRun else { return }
    #expect(
      beforeRun == 0, "fetchInSequence called back inline: use loop.callSoon")
    #expect(
      calls.all == [.success([])],
      "with no URLs there is nothing to fetch: call completion once, with [], from the loop (loop.callSoon)"
    )
    #expect(api.stats.calls == 0, "with no URLs, send no request")
  }

  /// Runs fetchFirst over the mirrors `requests` names and returns what it
  /// delivered, and when, after the loop has run every answer.
  private func race(
    _ requests: Requests,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> [(Result<String, APIError>, Duration)]? {
    let loop = EventLoop(mode: .simulated)
    let api = requests.api(on: loop)
    let calls = Recorder<(Result<String, APIError>, Duration)>()
    let beforeReturn = try attempt("2.3", sourceLocation: sourceLocation) {
      fetchFirst(from: requests.urls, api: api) {
        calls.record(($0, loop.now))
      }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return nil }
    #expect(
      beforeReturn == 0,
      "fetchFirst called back before any mirror answered",
      sourceLocation: sourceLocation
    )
    #expect(
      api.stats.peakInFlight == requests.names.count,
      "ask every mirror at once (\(requests.names.count) in flight together)",
      sourceLocation: sourceLocation
    )
    try #require(
      calls.all.count == 1,
      "completion must be called exactly once (it was called \(calls.all.count) times)",
      sourceLocation: sourceLocation
    )
    return calls.all
  }

  @Test(
    "Exercise 2.3: the first answer wins; later ones are ignored",
    arguments: [
      Requests(["b", "a", "c"], latency: outOfOrder),
      Requests(["d", "a", "e", "b"], seed: 41),
      Requests(["c"], seed: 42),
    ]
  )
  func firstWins(requests: Requests) throws {
    guard let calls = try race(requests) else { return }
    let winner = requests.arrivals[0]
    let time = requests.latency[winner]!
    #expect(
      calls[0].0 == requests.answer(winner),
      "the first answer to arrive wins: \(winner)'s, at \(Console.seconds(time)) s"
    )
    #expect(
      calls[0].1 == time,
      "deliver the first success as soon as it arrives (at \(Console.seconds(time)) s), without waiting for the other mirrors"
    )
  }

  @Test(
    "Exercise 2.3: a failure does not win while a mirror may succeed",
    arguments: [
      Requests(["b", "a", "c"], latency: outOfOrder, failing: ["b"]),
      Requests(["e", "c", "a", "d", "b"], seed: 43, failing: ["b", "c", "e"]),
      Requests(["a", "b"], seed: 44, failing: ["a"]),
      Requests(["a", "b"], seed: 44, failing: ["b"]),
    ]
  )
  func failureDoesNotWin(requests: Requests) throws {
    guard let calls = try race(requests) else { return }
    let winner = requests.arrivals.first { !requests.failing.contains($0) }!
    let time = requests.latency[winner]!
    #expect(
      calls[0].0 == requests.answer(winner),
      "a failure does not win while a mirror may succeed: deliver the first success, \(winner)'s"
    )
    #expect(
      calls[0].1 == time,
      "deliver the first success as soon as it arrives (at \(Console.seconds(time)) s), without waiting for the other mirrors"
    )
  }

  @Test(
    "Exercise 2.3: if every mirror fails, the last failure, once",
    arguments: [
      Requests(
        ["b", "a", "c"], latency: outOfOrder, failing: ["a", "b", "c"]),
      Requests(["d", "c"], seed: 45, failing: ["c", "d"]),
      Requests(["e", "b", "d", "a"], seed: 46, failing: ["a", "b", "d", "e"]),
      Requests(["a"], seed: 47, failing: ["a"]),
    ]
  )
  func allFail(requests: Requests) throws {
    guard let calls = try race(requests) else { return }
    let last = requests.arrivals.last!
    let time = requests.latency[last]!
    #expect(
      calls[0].0 == requests.answer(last),
      "the last failure to arrive (\(last), at \(Console.seconds(time)) s), not the first in the list or the first to arrive"
    )
    #expect(
      calls[0].1 == time,
      "when every mirror fails, report it once the last one has failed (at \(Console.seconds(time)) s)"
    )
  }

  @Test("Exercise 2.3: two races at once each deliver their own answer")
  func twoRacesAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL([url("a"): .seconds(2), url("c"): .seconds(3)]),
      failures: .urls([url("c"), url("d")])
    )
    let calls = Recorder<(String, Result<String, APIError>)>()
    let solved = try attempt("2.3") {
      fetchFirst(from: ["a", "b"].map(url), api: api) {
        calls.record(("first", $0))
      }
      fetchFirst(from: ["c", "d"].map(url), api: api) {
        calls.record(("second", $0))
      }
      try loop.run()
    }
    guard solved else { return }
    let byCall = Dictionary(grouping: calls.all, by: \.0).mapValues {
      $0.map(\.1)
    }
    #expect(
      byCall["first"] == [.success("Data from \(url("b"))")]
        && byCall["second"] == [.failure(.serverError(url: url("c")))],
      "two fetchFirst calls at once must each deliver their own answer, once: keep the race's state in each call, not in a global or static"
    )
  }
}

extension Lesson02CallbackHellTests {
  /// Requests to some of the URLs at `url(name)`: which ones, in what order,
  /// how long each takes to answer, and which ones fail.
  struct Requests: Sendable, CustomTestStringConvertible {
    /// The names, in the order they are asked for.
    let names: [String]
    /// When each name answers, all different, so that no two answers tie.
    let latency: [String: Duration]
    /// The names whose requests fail.
    let failing: Set<String>

    /// `names` answering after the given latencies.
    init(
      _ names: [String], latency: [String: Duration], failing: Set<String> = []
    ) {
      self.names = names
      self.latency = latency
      self.failing = failing
    }

    /// `names` answering after latencies drawn from `seed`: whole tenths of
    /// a second between 0.1 s and 3 s, all different.
    init(_ names: [String], seed: UInt64, failing: Set<String> = []) {
      var random = SeededRandom(seed: seed)
      var used: Set<Int> = []
      var latency: [String: Duration] = [:]
      for name in names {
        var tenths = 0
        repeat {
          tenths = Int.random(in: 1...30, using: &random)
        } while !used.insert(tenths).inserted
        latency[name] = .milliseconds(100 * tenths)
      }
      self.init(names, latency: latency, failing: failing)
    }

    var urls: [String] { names.map(url) }

    /// The names in the order their answers arrive.
    var arrivals: [String] { names.sorted { latency[$0]! < latency[$1]! } }

    /// An API on `loop` that answers as described.
    func api(on loop: EventLoop) -> RemoteAPI {
      RemoteAPI(
        loop: loop,
        latency: .perURL(
          Dictionary(uniqueKeysWithValues: latency.map { (url($0), $1) })),
        failures: .urls(Set(failing.map(url)))
      )
    }

    /// What the API answers for `name`.
    func answer(_ name: String) -> Result<String, APIError> {
      failing.contains(name)
        ? .failure(.serverError(url: url(name)))
        : .success("Data from \(url(name))")
    }

    var testDescription: String {
      let each = names.map { name in
        "\(name) \(Console.seconds(latency[name]!))s"
          + (failing.contains(name) ? " fails" : "")
      }
      return each.joined(separator: ", ")
    }
  }
}
