// Exercise 7.3, wrong: runs the cleanup in a task of its own, so that it
// finishes in a cancelled task, and awaits it, with no deadline. That is
// the lesson's closeInItsOwnTask: a cleanup that hangs, a server that
// never answers, holds the caller for as long as it hangs.
// Rejected with: must be cancelled at the 1 s deadline
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
    do {
      try await cleanup()
      return CleanupOutcome.finished
    } catch {
      return .failed("\(error)")
    }
  }.value
}
