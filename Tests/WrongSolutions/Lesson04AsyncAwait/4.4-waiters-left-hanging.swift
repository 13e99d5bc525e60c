// Exercise 4.4, wrong: makes later callers wait on continuations that the
// first caller resumes with the body, but forgets them when the request
// fails, so they wait forever.
// Rejected with: were never resumed
/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private var bodies: [String: String] = [:]
  private var waiters: [String: [CheckedContinuation<String, any Error>]] =
    [:]

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
    if let body = bodies[url] {
      return body
    }
    if waiters[url] != nil {
      return try await withCheckedThrowingContinuation {
        waiters[url, default: []].append($0)
      }
    }
    waiters[url] = []
    do {
      let body = try await api.fetch(url)
      bodies[url] = body
      for waiter in waiters.removeValue(forKey: url) ?? [] {
        waiter.resume(returning: body)
      }
      return body
    } catch {
      waiters[url] = nil
      throw error
    }
  }
}
