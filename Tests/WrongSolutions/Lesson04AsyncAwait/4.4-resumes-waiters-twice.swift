// Exercise 4.4, wrong: resumes the waiting callers with the error when the
// shared request fails, but leaves them in the list, so the next request's
// success resumes their continuations a second time.
// Rejected with: crashed
/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private var bodies: [String: String] = [:]
  private var inFlight: Set<String> = []
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
    if inFlight.contains(url) {
      return try await withCheckedThrowingContinuation {
        waiters[url, default: []].append($0)
      }
    }
    inFlight.insert(url)
    defer { inFlight.remove(url) }
    do {
      let body = try await api.fetch(url)
      bodies[url] = body
      for waiter in waiters.removeValue(forKey: url) ?? [] {
        waiter.resume(returning: body)
      }
      return body
    } catch {
      for waiter in waiters[url] ?? [] {
        waiter.resume(throwing: error)
      }
      throw error
    }
  }
}
