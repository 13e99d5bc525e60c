@testable import CourseKit
import Synchronization
import Testing

/// Runs the code of exercise `number`. If the exercise's stub ran unsolved,
/// records "not yet implemented: exercise N.M (Lessons/…)" and returns false,
/// so the test stops before its checks; otherwise returns true.
func attempt(
  _ number: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> Void
) throws -> Bool {
  var failure: (any Error)?
  do { try body() } catch { failure = error }
  if let message = Exercise.unsolvedMessage(number) {
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    return false
  }
  if let failure { throw failure }
  return true
}

/// What callbacks delivered, and when: a thread-safe list for tests.
final class Calls<Value: Sendable>: Sendable {
  private let values = Mutex<[Value]>([])

  func record(_ value: Value) {
    values.withLock { $0.append(value) }
  }

  var all: [Value] { values.withLock { $0 } }
}
