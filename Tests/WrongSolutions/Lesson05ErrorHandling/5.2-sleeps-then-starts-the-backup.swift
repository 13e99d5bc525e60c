// Exercise 5.2, wrong: starts the first request, sleeps for the delay in
// the group's body, then starts the backup and waits for the first body:
// the sleep is not in the race, so nothing can end the call before it.
// Rejected with: without waiting for the 1 s delay
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
  try await withThrowingTaskGroup(of: String.self) { group in
    group.addTask { try await api.fetch(url) }
    try await clock.sleep(for: delay)
    group.addTask { try await api.fetch(backup) }
    var lastError: (any Error)?
    while true {
      do {
        guard let body = try await group.next() else { break }
        group.cancelAll()
        return body
      } catch let error as CancellationError {
        throw error
      } catch {
        lastError = error
      }
    }
    throw lastError ?? CancellationError()
  }
}
