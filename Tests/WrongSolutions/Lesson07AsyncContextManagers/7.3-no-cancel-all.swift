// Exercise 7.3, wrong: races the cleanup and the timer in a task group, in
// a task of its own, and returns the first result, but cancels nothing. A
// task group waits for all its children before it returns: when the
// cleanup wins, the timer sleeps on to the deadline; when the timer wins,
// the cleanup is never cancelled, and runs on to its end.
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
    await withTaskGroup(of: CleanupOutcome.self) { group in
      group.addTask {
        do {
          try await cleanup()
          return .finished
        } catch {
          return .failed("\(error)")
        }
      }
      group.addTask {
        try? await clock.sleep(for: timeout)
        return .timedOut
      }
      return await group.next()!
    }
  }.value
}
