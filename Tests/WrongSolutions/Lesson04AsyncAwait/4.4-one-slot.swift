// Exercise 4.4, wrong: keeps a single task, for whichever URL came first,
// and hands its body to callers of every URL.
// Rejected with: each caller gets the body of the URL it asked for
/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private var task: Task<String, any Error>?

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
    if let task {
      return try await task.value
    }
    let task = Task(executorPreference: executor) { [api] in
      try await api.fetch(url)
    }
    self.task = task
    do {
      return try await task.value
    } catch {
      self.task = nil
      throw error
    }
  }
}
