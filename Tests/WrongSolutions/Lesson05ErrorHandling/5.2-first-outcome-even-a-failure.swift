// Exercise 5.2, wrong: the race of withTimeout, with the timer starting
// the backup: a request's error is thrown from the group at once, so a
// first request that fails ends the call, whatever the backup would say.
// Rejected with: is still running: wait for it
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
  try await withThrowingTaskGroup(of: String?.self) { group in
    group.addTask { try await api.fetch(url) }
    group.addTask {
      try await clock.sleep(for: delay)
      return nil
    }
    while let answer = try await group.next() {
      if let body = answer {
        group.cancelAll()
        return body
      }
      group.addTask { try await api.fetch(backup) }
    }
    throw CancellationError()
  }
}
