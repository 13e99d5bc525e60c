// Exercise 4.4, wrong: keeps the tasks in a static dictionary behind a
// Mutex, so every cache shares them, whatever API it was made for.
// Rejected with: each cache asks its own API and keeps its own bodies
import Synchronization

/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private static let tasks = Mutex<[String: Task<String, any Error>]>([:])

  /// Creates an empty cache in front of `api`. Start tasks with
  /// `Task(executorPreference: executor) { … }`, as the lesson does.
  public init(api: RemoteAPI, executor: any TaskExecutor) {
    self.api = api
    self.executor = executor
  }

  /// The body of `url`, fetched at most once: a call while the first
  /// request is still in flight waits for that request rather than
  /// sending another, and shares its outcome. A failure is not kept: a
  /// call after it tries again.
  public func body(for url: String) async throws -> String {
    let api = api
    let executor = executor
    let task = Self.tasks.withLock { tasks in
      if let task = tasks[url] { return task }
      let task = Task(executorPreference: executor) {
        try await api.fetch(url)
      }
      tasks[url] = task
      return task
    }
    do {
      return try await task.value
    } catch {
      Self.tasks.withLock { $0[url] = nil }
      throw error
    }
  }
}
