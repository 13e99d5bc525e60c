import Testing

@testable import CourseKit

/// Runs the code of exercise `number`, and returns what `body` returns: nil
/// if the exercise is not solved yet.
///
/// An unsolved stub calls `Exercise.notYetImplemented`, and whatever it
/// then returns or throws says nothing about the learner's code. So when
/// the stub ran, this records "not yet implemented: exercise N.M
/// (Lessons/…)" and returns nil, and the test stops before its checks:
///
/// ```swift
/// let outcome = try attempt("4.1") {
///   try loop.run { (try await dashboard(user: 7, api: api), loop.now) }
/// }
/// guard let (dashboard, time) = outcome else { return }
/// ```
///
/// Otherwise it returns `body`'s value, or rethrows its error.
func attempt<Value>(
  _ number: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> Value
) throws -> Value? {
  try outcome(of: number, sourceLocation: sourceLocation, body)
}

/// Runs the code of exercise `number`, and returns whether it is solved:
/// the same as the other `attempt`, for code that returns nothing.
///
/// ```swift
/// let solved = try attempt("1.1") {
///   remind("stretch", after: .seconds(3), on: loop) { _ in }
///   try loop.run()
/// }
/// guard solved else { return }
/// ```
func attempt(
  _ number: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> Void
) throws -> Bool {
  try outcome(of: number, sourceLocation: sourceLocation, body) != nil
}

private func outcome<Value>(
  of number: String,
  sourceLocation: SourceLocation,
  _ body: () throws -> Value
) throws -> Value? {
  try outcome(of: number, Result(catching: body), sourceLocation)
}

/// nil, with "not yet implemented" recorded, if exercise `number`'s stub
/// ran; otherwise what its code returned or threw.
private func outcome<Value>(
  of number: String,
  _ result: Result<Value, any Error>,
  _ sourceLocation: SourceLocation
) throws -> Value? {
  if let message = Exercise.unsolvedMessage(number) {
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    return nil
  }
  return try result.get()
}

/// Runs the async code of exercise `number` on Swift's own runtime: the
/// same as the other `attempt`, for code that must run on real threads.
func attempt<Value>(
  _ number: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () async throws -> Value
) async throws -> Value? {
  let result: Result<Value, any Error>
  do { result = .success(try await body()) } catch { result = .failure(error) }
  return try outcome(of: number, result, sourceLocation)
}
