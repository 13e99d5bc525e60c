import CourseKit
import Testing

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

@Suite("Chapter 1 exercises: callbacks")
struct Lesson01CallbacksTests {
  @Test("Exercise 1.1: calls back once, after the delay, without blocking")
  func remindAfterDelay() throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Calls<String>()
    var beforeReturn: [String] = []
    let solved = try attempt("1.1") {
      loop.callLater(after: .seconds(1)) {
        calls.record("bystander at \(Console.seconds(loop.now))s")
      }
      remind("stretch", after: .seconds(3), on: loop) { message in
        calls.record("\(message) at \(Console.seconds(loop.now))s")
      }
      beforeReturn = calls.all
      try loop.run()
    }
    guard solved else { return }
    #expect(beforeReturn.isEmpty, "remind called back before it returned")
    #expect(
      calls.all == ["bystander at 1.0s", "stretch at 3.0s"],
      "a timer due at 1 s must not wait for the reminder"
    )
  }

  @Test("Exercise 1.1: a zero delay still calls back later, not inline")
  func remindZeroDelay() throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Calls<String>()
    var beforeRun: [String] = []
    let solved = try attempt("1.1") {
      remind("now", after: .zero, on: loop) { calls.record($0) }
      beforeRun = calls.all
      try loop.run()
    }
    guard solved else { return }
    #expect(beforeRun.isEmpty, "remind called back before it returned")
    #expect(calls.all == ["now"])
  }

  @Test("Exercise 1.2: a good ID is fetched and delivered once")
  func fetchGoodUser() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Calls<Result<String, UserError>>()
    let solved = try attempt("1.2") {
      fetchUser(id: 7, api: api, on: loop) { calls.record($0) }
      try loop.run()
    }
    guard solved else { return }
    #expect(
      calls.all == [.success("Data from https://api.example.com/users/7")])
    #expect(loop.now == .seconds(1))
  }

  @Test(
    "Exercise 1.2: a bad ID fails from the loop, without a request",
    arguments: [0, -3]
  )
  func fetchBadUser(id: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let calls = Calls<Result<String, UserError>>()
    var beforeReturn: [Result<String, UserError>] = []
    let solved = try attempt("1.2") {
      fetchUser(id: id, api: api, on: loop) { calls.record($0) }
      beforeReturn = calls.all
      try loop.run()
    }
    guard solved else { return }
    #expect(beforeReturn.isEmpty, "fetchUser called back inline for a bad ID")
    #expect(calls.all == [.failure(.invalidID(id))])
    #expect(api.stats.calls == 0, "a bad ID should not reach the server")
  }

  @Test("Exercise 1.2: a server error is delivered as .server")
  func fetchUserServerError() throws {
    let loop = EventLoop(mode: .simulated)
    let url = "https://api.example.com/users/5"
    let api = RemoteAPI(loop: loop, failures: .urls([url]))
    let calls = Calls<Result<String, UserError>>()
    let solved = try attempt("1.2") {
      fetchUser(id: 5, api: api, on: loop) { calls.record($0) }
      try loop.run()
    }
    guard solved else { return }
    #expect(calls.all == [.failure(.server(.serverError(url: url)))])
  }

  struct Boom: Error, Equatable {}

  /// A legacy API that answers every URL with `value` and `error`.
  static func legacy(_ value: String?, _ error: Boom?)
    -> (String, @escaping LegacyCompletion) -> Void
  {
    { _, completion in completion(value, error) }
  }

  @Test(
    "Exercise 1.3: one Result, whatever the two optionals say",
    arguments: [
      ("value", "data", nil, "success(data)"),
      ("error", nil, Boom(), "failure(Boom)"),
      ("both", "data", Boom(), "failure(Boom)"),
      ("neither", nil, nil, "failure(MissingResponse)"),
    ] as [(String, String?, Boom?, String)]
  )
  func exactlyOneResult(
    _ name: String,
    value: String?,
    error: Boom?,
    expected: String
  ) throws {
    let calls = Calls<String>()
    let solved = try attempt("1.3") {
      fetchResult("u", using: Self.legacy(value, error)) { result in
        switch result {
        case .success(let data): calls.record("success(\(data))")
        case .failure(let error):
          calls.record("failure(\(type(of: error)))")
        }
      }
    }
    guard solved else { return }
    #expect(calls.all == [expected], "legacy API answering with \(name)")
  }
}
