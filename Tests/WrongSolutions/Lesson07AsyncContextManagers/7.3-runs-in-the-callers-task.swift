// Exercise 7.3, wrong: calls the cleanup directly, in the calling task,
// with no deadline. In a cancelled task the cleanup is cancelled too: its
// first wait throws at once, which is the leak this exercise is about;
// and a cleanup that takes 5 s holds the caller for 5 s.
// Rejected with: the cleanup must not see the cancellation
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
  do {
    try await cleanup()
    return .finished
  } catch {
    return .failed("\(error)")
  }
}
