// Exercise 4.4, wrong: keeps the tasks in a class marked @unchecked
// Sendable and fills it from the request's task: a data race the compiler
// was told to ignore.
// Rejected with: silences Swift's data-race checks
/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private let storage = Storage()

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
    if let task = storage.tasks[url] {
      return try await task.value
    }
    let storage = storage
    let task = Task(executorPreference: executor) { [api] in
      do {
        return try await api.fetch(url)
      } catch {
        storage.tasks[url] = nil
        throw error
      }
    }
    storage.tasks[url] = task
    return try await task.value
  }
}

/// The tasks, by URL.
final class Storage: @unchecked Sendable {
  var tasks: [String: Task<String, any Error>] = [:]
}
