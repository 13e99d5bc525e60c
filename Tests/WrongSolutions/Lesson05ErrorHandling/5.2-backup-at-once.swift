// Exercise 5.2, wrong: sends both requests at once and takes the first
// answer, without waiting for the delay: every call costs two requests.
// Rejected with: do not send the backup request
/// Exercise 5.2: fetch `url`. If it has not answered after `delay`, fetch
/// `backup` too, and return the first body either request answers with,
/// cancelling the other request. A request that fails does not end the
/// call while the other can still answer: if `url` fails before `delay`,
/// start `backup` at once. If both fail, throw the error of the one that
/// failed last (of two at the same instant, either). If the task is
/// cancelled, throw `CancellationError` at once, and start no backup.
public func fetchHedged(
  _ url: String,
  backup: String,
  after delay: Duration,
  api: RemoteAPI,
  clock: some Clock<Duration>
) async throws -> String {
  @Sendable func request(_ url: String) async -> Result<String, any Error> {
    do {
      return .success(try await api.fetch(url))
    } catch {
      return .failure(error)
    }
  }
  return try await withThrowingTaskGroup(of: Result<String, any Error>.self) {
    group in
    group.addTask { await request(url) }
    group.addTask { await request(backup) }
    var lastError: (any Error)?
    for try await result in group {
      switch result {
      case .success(let body):
        group.cancelAll()
        return body
      case .failure(let error):
        lastError = error
      }
    }
    throw lastError ?? CancellationError()
  }
}
