import Testing

@testable import CourseKit

/// How a call ended, and when.
enum CallOutcome: Sendable, Equatable, CustomStringConvertible {
  case value(String, at: Duration)
  case error(String, at: Duration)
  case cancellationError(at: Duration)

  init(_ result: Result<String, any Error>, at time: Duration) {
    switch result {
    case .success(let value): self = .value(value, at: time)
    case .failure(let error) where error is CancellationError:
      self = .cancellationError(at: time)
    case .failure(let error): self = .error("\(error)", at: time)
    }
  }

  var description: String {
    switch self {
    case .value(let value, let time):
      "returned \(value) at \(Console.seconds(time)) s"
    case .error(let error, let time):
      "threw \(error) at \(Console.seconds(time)) s"
    case .cancellationError(let time):
      "threw CancellationError at \(Console.seconds(time)) s"
    }
  }
}

/// Runs `body` in a task on `loop`, cancels the task after `cancelAfter`
/// (if given; zero cancels it before it starts), and returns what the task
/// ended with, and when: nil if exercise `number` is unsolved, or if the
/// loop ran out of work first (then it records `ifStuck`).
func attemptInTask<Value: Sendable>(
  _ number: String,
  on loop: EventLoop,
  cancelAfter: Duration? = nil,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: @escaping @Sendable () async throws -> Value
) throws -> (result: Result<Value, any Error>, at: Duration)? {
  let outcome = try attempt(number, sourceLocation: sourceLocation) {
    try run(loop, ifStuck: why, sourceLocation: sourceLocation) {
      let task = Task(executorPreference: loop) { try await body() }
      if let cancelAfter {
        // Zero: cancelled before the task has started.
        if cancelAfter > .zero {
          try await loop.clock.sleep(for: cancelAfter)
        }
        task.cancel()
      }
      return (await task.result, loop.now)
    }
  }
  return outcome ?? nil
}

/// `attemptInTask` for a call that returns a string: how it ended, and
/// when.
func attemptCall(
  _ number: String,
  on loop: EventLoop,
  cancelAfter: Duration? = nil,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ call: @escaping @Sendable () async throws -> String
) throws -> CallOutcome? {
  try attemptInTask(
    number, on: loop, cancelAfter: cancelAfter, ifStuck: why,
    sourceLocation: sourceLocation, call
  ).map { CallOutcome($0.result, at: $0.at) }
}
