// Exercise 5.3, wrong: waits before each check, the first one too, so
// every call comes one interval late.
// Rejected with: call at once, then 1 s after each call
/// Exercise 5.3: call `isReady` until it returns true, at most `checks`
/// times (at least once): the first time at once, then `interval` after
/// each call ends. Return how many calls it took. A call that throws
/// counts as "not yet", but one that throws `CancellationError` ends the
/// poll with it. After `checks` calls without a true, throw
/// `StillNotReady` at once. If the task is cancelled, throw
/// `CancellationError` at once (even after the last call), and call
/// `isReady` no more; a call under way that still answers true wins.
nonisolated(nonsending) public func pollUntilReady(
  checks: Int,
  every interval: Duration,
  clock: some Clock<Duration>,
  _ isReady: () async throws -> Bool
) async throws -> Int {
  let checks = max(checks, 1)
  for check in 1...checks {
    try await clock.sleep(for: interval)
    do {
      if try await isReady() { return check }
    } catch let error as CancellationError {
      throw error
    } catch {
      // A failed check is a "not yet".
    }
  }
  try Task.checkCancellation()
  throw StillNotReady(checks: checks)
}
