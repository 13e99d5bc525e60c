// Chapter 1 exercises: callbacks. Run `make exercise-1` to check them.
// Each exercise is explained in Lessons/01-callbacks.md.

import CourseKit

// MARK: - Types the exercises use

/// What ``fetchUser(id:api:on:completion:)`` can fail with.
public enum UserError: Error, Equatable {
  /// The ID is zero or negative: no request was made.
  case invalidID(Int)
  /// The server answered with an error.
  case server(APIError)
}

/// An old-style completion handler: a value, or an error, or (by mistake)
/// both or neither.
public typealias LegacyCompletion = @Sendable (String?, (any Error)?) -> Void

/// What ``fetchResult(_:using:completion:)`` reports when the legacy API
/// gives neither a value nor an error.
public struct MissingResponse: Error, Equatable {
  /// Creates the error.
  public init() {}
}

// MARK: - Exercise 1.1

/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  // TODO: replace this body: ask the loop to call back later.
  // The loop's two methods: Lessons/01-callbacks.md#who-calls-you-back-the-loop
  Exercise.notYetImplemented(
    "1.1",
    see: "Lessons/01-callbacks.md#exercise-11-call-back-later"
  )
}

// MARK: - Exercise 1.2

/// Exercise 1.2: fetch `https://api.example.com/users/<id>` from `api`, on
/// every call, and deliver the server's answer, or its error as `.server`.
/// Report an ID of zero or less as `.invalidID` at once, without fetching.
/// Either way, call `completion` once, from the loop, never before this
/// function returns.
public func fetchUser(
  id: Int,
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable (Result<String, UserError>) -> Void
) {
  // TODO: replace this body. Never call completion inline, not even for a
  // bad ID: Lessons/01-callbacks.md#never-call-back-inline
  Exercise.notYetImplemented(
    "1.2",
    see: "Lessons/01-callbacks.md#exercise-12-never-call-back-inline"
  )
}

// MARK: - Exercise 1.3

/// Exercise 1.3: call `legacyFetch` for `url` and hand its answer to
/// `completion` as one `Result`: an error wins over a value, and neither is
/// a `MissingResponse` failure. Keep the legacy API's timing: call
/// `completion` when it calls you.
public func fetchResult(
  _ url: String,
  using legacyFetch: (String, @escaping LegacyCompletion) -> Void,
  completion: @escaping @Sendable (Result<String, any Error>) -> Void
) {
  // TODO: replace this body: turn (value?, error?) into one Result.
  // Why: Lessons/01-callbacks.md#one-answer-one-result
  Exercise.notYetImplemented(
    "1.3",
    see:
      "Lessons/01-callbacks.md#exercise-13-one-result-instead-of-two-optionals"
  )
}
