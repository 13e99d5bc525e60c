// Exercise 7.3, wrong: starts the shielded race in a task of its own, and
// returns .finished without awaiting it: fire and forget. The caller goes
// on before the cleanup has run, is never told that it failed or timed
// out, and a program that ends first never runs it at all.
// Rejected with: not before (await it)
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
  Task(executorPreference: executor) {
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
      let first = await group.next()!
      group.cancelAll()
      return first
    }
  }
  return .finished
}
