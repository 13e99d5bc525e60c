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

/// Runs `call` in a task on `loop`, cancels the task after `cancelAfter`
/// (if given; zero cancels it before it starts), and returns how the call ended: nil if exercise `number` is
/// unsolved, or if the loop ran out of work first (then it records
/// `ifStuck`).
func attemptCall(
  _ number: String,
  on loop: EventLoop,
  cancelAfter: Duration? = nil,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ call: @escaping @Sendable () async throws -> String
) throws -> CallOutcome? {
  let outcome = try attempt(number, sourceLocation: sourceLocation) {
    try run(loop, ifStuck: why, sourceLocation: sourceLocation) {
      let task = Task(executorPreference: loop) { try await call() }
      if let cancelAfter {
        // Zero: cancelled before the task has started.
        if cancelAfter > .zero {
          try await loop.clock.sleep(for: cancelAfter)
        }
        task.cancel()
      }
      let result = await task.result
      return CallOutcome(result, at: loop.now)
    }
  }
  return outcome ?? nil
}
