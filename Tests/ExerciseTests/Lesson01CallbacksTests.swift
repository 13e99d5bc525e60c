import CourseKit
import CourseTestSupport
import Testing

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

@Suite("Chapter 1 exercises: callbacks")
struct Lesson01CallbacksTests {
  @Test(
    "Exercise 1.1: calls back once, after the delay, without blocking",
    arguments: [Duration.seconds(3), .milliseconds(1500), .milliseconds(4200)]
  )
  func remindAfterDelay(delay: Duration) throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Recorder<(String, Duration)>()
    let beforeReturn = try attempt("1.1") {
      loop.callLater(after: .seconds(1)) {
        calls.record(("bystander", loop.now))
      }
      remind("stretch", after: delay, on: loop) { message in
        calls.record((message, loop.now))
      }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return }
    let reminders = calls.all.filter { $0.0 == "stretch" }.map(\.1)
    let bystander = calls.all.filter { $0.0 == "bystander" }.map(\.1)
    #expect(
      beforeReturn == 0,
      "remind called back before it returned: ask the loop to call completion later, never call it yourself"
    )
    #expect(
      reminders.count == 1,
      "call completion exactly once (it was called \(reminders.count) times), from the loop"
    )
    #expect(
      reminders.allSatisfy { $0 == delay },
      "the reminder must arrive once `delay` has passed on the loop's clock (here \(delay)), not sooner or later: pass `delay` to callLater"
    )
    #expect(
      bystander == [.seconds(1)],
      "a timer due at 1 s must not wait for the reminder: never block the loop's thread; let the loop's timer do the waiting"
    )
  }

  @Test("Exercise 1.1: a zero delay still calls back later, not inline")
  func remindZeroDelay() throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Recorder<(String, Duration)>()
    let beforeReturn = try attempt("1.1") {
      remind("now", after: .zero, on: loop) { calls.record(($0, loop.now)) }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return }
    #expect(
      beforeReturn == 0,
      "remind called back before it returned: even a zero delay goes through the loop"
    )
    #expect(
      calls.all.count == 1,
      "call completion exactly once (it was called \(calls.all.count) times), even with a zero delay"
    )
    #expect(
      calls.all.allSatisfy { $0 == ("now", .zero) },
      "a zero delay calls back from the loop at once (at 0.0 s), with the message"
    )
  }

  @Test(
    "Exercise 1.2: a good ID is fetched and delivered once",
    arguments: [
      (7, Duration.seconds(1)), (42, .milliseconds(250)), (1, .seconds(3)),
    ]
  )
  func fetchGoodUser(id: Int, latency: Duration) throws {
    let loop = EventLoop(mode: .simulated)
    let url = "https://api.example.com/users/\(id)"
    let api = RemoteAPI(
      loop: loop, latency: .fixed(latency), responses: [url: "user \(id)"])
    let calls = Recorder<(Result<String, UserError>, Duration)>()
    let solved = try attempt("1.2") {
      fetchUser(id: id, api: api, on: loop) { calls.record(($0, loop.now)) }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      calls.all.map(\.0) == [.success("user \(id)")],
      "deliver the server's answer for \(url), once"
    )
    #expect(
      calls.all.map(\.1) == [latency],
      "deliver the answer when the server answers (after \(latency)), from the API's completion handler"
    )
    #expect(api.stats.calls == 1, "ask the server once, for \(url)")
  }

  @Test("Exercise 1.2: every call asks the server it is given")
  func fetchUserFromEachServer() throws {
    let id = 314
    let url = "https://api.example.com/users/\(id)"
    var answers: [[Result<String, UserError>]] = []
    var requests: [Int] = []
    for server in ["first", "second"] {
      let loop = EventLoop(mode: .simulated)
      let api = RemoteAPI(loop: loop, responses: [url: "\(server) server"])
      let calls = Recorder<Result<String, UserError>>()
      let solved = try attempt("1.2") {
        fetchUser(id: id, api: api, on: loop) { calls.record($0) }
        try loop.run()
      }
      guard solved else { return }
      answers.append(calls.all)
      requests.append(api.stats.calls)
    }
    #expect(
      answers == [[.success("first server")], [.success("second server")]],
      "ask the server every time: keep no users between calls, another server may answer differently"
    )
    #expect(requests == [1, 1], "ask the server every time, once per call")
  }

  @Test(
    "Exercise 1.2: a bad ID fails at once from the loop, without a request",
    arguments: [0, -3, -42]
  )
  func fetchBadUser(id: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Recorder<(Result<String, UserError>, Duration)>()
    let beforeReturn = try attempt("1.2") {
      fetchUser(id: id, api: api, on: loop) { calls.record(($0, loop.now)) }
      let beforeReturn = calls.all.count
      try loop.run()
      return beforeReturn
    }
    guard let beforeReturn else { return }
    #expect(
      beforeReturn == 0,
      "fetchUser called back inline for a bad ID: report it from the loop (callSoon), after fetchUser returns"
    )
    #expect(
      calls.all.map(\.0) == [.failure(.invalidID(id))],
      "ID \(id) must fail once, as .invalidID(\(id))"
    )
    #expect(
      calls.all.map(\.1).allSatisfy { $0 == .zero },
      "a bad ID is known at once: report it at 0.0 s with callSoon, not after a delay"
    )
    #expect(api.stats.calls == 0, "a bad ID should not reach the server")
  }

  @Test(
    "Exercise 1.2: a server error is delivered as .server",
    arguments: [5, 1234]
  )
  func fetchUserServerError(id: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let url = "https://api.example.com/users/\(id)"
    let api = RemoteAPI(loop: loop, failures: .urls([url]))
    let calls = Recorder<Result<String, UserError>>()
    let solved = try attempt("1.2") {
      fetchUser(id: id, api: api, on: loop) { calls.record($0) }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      calls.all == [.failure(.server(.serverError(url: url)))],
      "a server error must arrive once, as .server with the API's error: never drop it, never call it something else"
    )
  }

  struct Boom: Error, Equatable {}

  /// A legacy API that answers every URL at once with `value` (followed by
  /// the URL) and `error`, and records the URLs it is asked for.
  static func legacy(_ value: String?, _ error: Boom?, asked: Recorder<String>)
    -> (String, @escaping LegacyCompletion) -> Void
  {
    { url, completion in
      asked.record(url)
      completion(value.map { "\($0) for \(url)" }, error)
    }
  }

  /// `success(…)`, or `failure(…)` and the error's type.
  static func describe(_ result: Result<String, any Error>) -> String {
    switch result {
    case .success(let data): "success(\(data))"
    case .failure(let error): "failure(\(type(of: error)))"
    }
  }

  @Test(
    "Exercise 1.3: one Result, whatever the two optionals say",
    arguments: [
      (
        "data", nil, "success(data for /a)",
        "a value and no error is a success with that value"
      ),
      (
        nil, Boom(), "failure(Boom)",
        "an error and no value is a failure with that error"
      ),
      (
        "user", Boom(), "failure(Boom)",
        "with both a value and an error, the error wins"
      ),
      (
        nil, nil, "failure(MissingResponse)",
        "with neither a value nor an error: neither is a MissingResponse failure"
      ),
    ] as [(String?, Boom?, String, String)]
  )
  func exactlyOneResult(
    value: String?,
    error: Boom?,
    expected: String,
    rule: String
  ) throws {
    let asked = Recorder<String>()
    let calls = Recorder<String>()
    let solved = try attempt("1.3") {
      fetchResult("/a", using: Self.legacy(value, error, asked: asked)) {
        calls.record(Self.describe($0))
      }
    }
    guard solved else { return }
    #expect(asked.all == ["/a"], "call legacyFetch once, with the URL")
    #expect(
      calls.all.count == 1,
      "call completion exactly once (it was called \(calls.all.count) times)"
    )
    #expect(calls.all.first == expected, "\(rule)")
  }

  @Test("Exercise 1.3: calls back when the legacy API does, not before")
  func keepsTheLegacyTiming() throws {
    let loop = EventLoop(mode: .simulated)
    let asked = Recorder<String>()
    let calls = Recorder<(String, Duration)>()
    let solved = try attempt("1.3") {
      fetchResult(
        "/b",
        using: { url, legacyCompletion in
          asked.record(url)
          loop.callLater(after: .seconds(2)) {
            legacyCompletion("data for \(url)", nil)
          }
        },
        completion: { calls.record((Self.describe($0), loop.now)) }
      )
      try loop.run()
    }
    guard solved else { return }
    #expect(asked.all == ["/b"], "call legacyFetch once, with the URL")
    #expect(
      calls.all.map(\.0) == ["success(data for /b)"]
        && calls.all.map(\.1) == [.seconds(2)],
      "call completion when the legacy API calls you (here 2 s later), not when legacyFetch returns"
    )
  }
}
