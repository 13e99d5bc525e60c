import CourseKit

// What `withTimeout` throws when time runs out first.
struct TimedOut: Error {}

// Chapter 5's `withTimeout`: the operation and a timer race in a task
// group; the first to end decides, and `cancelAll()` stops the other.
func withTimeout<T: Sendable>(
  _ limit: Duration,
  clock: some Clock<Duration>,
  operation: @escaping @Sendable () async throws -> T
) async throws -> T {
  try await withThrowingTaskGroup(of: T.self) { group in
    group.addTask(operation: operation)
    group.addTask {
      try await clock.sleep(for: limit)
      throw TimedOut()
    }
    defer { group.cancelAll() }
    return try await group.next()!
  }
}
