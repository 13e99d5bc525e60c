// Exercise 5.3, wrong: counts its calls up to checks, so checks: 0 makes
// no call at all, where fewer than one check counts as one.
// Rejected with: checks: 0 counts as 1
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
  var made = 0
  while made < checks {
    try Task.checkCancellation()
    made += 1
    do {
      if try await isReady() { return made }
    } catch let error as CancellationError {
      throw error
    } catch {
      // A failed check is a "not yet".
    }
    if made < checks {
      try await clock.sleep(for: interval)
    }
  }
  try Task.checkCancellation()
  throw StillNotReady(checks: made)
}
