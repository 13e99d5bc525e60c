// Exercise 5.2, wrong: the lesson's withTimeout around the first request,
// then the backup alone: the first request is cancelled at the delay
// instead of racing the backup, though it might still answer first.
// Rejected with: keep it running
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
  do {
    return try await firstWithin(delay, clock: clock) {
      try await api.fetch(url)
    }
  } catch let error as CancellationError {
    throw error
  } catch {
    // Too slow, or failed: the backup's turn.
    return try await api.fetch(backup)
  }
}

/// What firstWithin throws when time runs out first.
private struct TooSlow: Error {}

/// The lesson's withTimeout.
private func firstWithin<T: Sendable>(
  _ limit: Duration,
  clock: some Clock<Duration>,
  operation: @escaping @Sendable () async throws -> T
) async throws -> T {
  try await withThrowingTaskGroup(of: T.self) { group in
    group.addTask(operation: operation)
    group.addTask {
      try await clock.sleep(for: limit)
      throw TooSlow()
    }
    defer { group.cancelAll() }
    return try await group.next()!
  }
}
