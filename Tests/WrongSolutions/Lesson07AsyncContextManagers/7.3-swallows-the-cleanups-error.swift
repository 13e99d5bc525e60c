// Exercise 7.3, wrong: runs the cleanup with try?, and reports .finished
// whenever the cleanup stopped before the deadline, even when it threw.
// A failed cleanup, a connection not closed, looks like one that worked.
// Rejected with: runCleanup must return .failed
/// Exercise 7.3: runs `cleanup` so that it finishes even in a cancelled
/// task, but gives it `timeout` at most: Trio's shielded cleanup with a
/// deadline of its own.
///
/// - `cleanup` runs once, on `executor`, and does not see the calling
///   task's cancellation: its waits on `clock` wait.
/// - If it returns first, this returns `.finished` at once; if it throws,
///   `.failed("\(error)")`.
/// - If `timeout` passes first, `cleanup` is cancelled, and this returns
///   `.timedOut` once `cleanup` has stopped.
public func runCleanup(
  within timeout: Duration,
  clock: any Clock<Duration>,
  executor: any TaskExecutor,
  _ cleanup: @escaping @Sendable () async throws -> Void
) async -> CleanupOutcome {
  await Task(executorPreference: executor) {
    await withTaskGroup(of: CleanupOutcome.self) { group in
      group.addTask {
        try? await cleanup()
        return .finished
      }
      group.addTask {
        try? await clock.sleep(for: timeout)
        return .timedOut
      }
      let first = await group.next()!
      group.cancelAll()
      return first
    }
  }.value
}
