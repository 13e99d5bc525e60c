// Exercise 7.3, wrong: shields the cleanup in a task of its own, but keeps
// the timer in the calling task, in a group that races the timer against
// the cleanup's task. In a cancelled task the timer's sleep throws at
// once: the deadline is now, and the cleanup is cancelled as it starts.
// Rejected with: the timer must not see the caller's cancellation either
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
  let work = Task(executorPreference: executor) {
    do {
      try await cleanup()
      return CleanupOutcome.finished
    } catch {
      return .failed("\(error)")
    }
  }
  return await withTaskGroup(of: CleanupOutcome.self) { group in
    group.addTask { await work.value }
    group.addTask {
      try? await clock.sleep(for: timeout)
      return .timedOut
    }
    let first = await group.next()!
    work.cancel()
    group.cancelAll()
    return first
  }
}
