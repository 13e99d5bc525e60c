// Exercise 7.3, wrong: races the cleanup against a timer in a task group,
// but opens the group in the calling task. A group's child tasks inherit
// their parent's cancellation: in a cancelled task, the cleanup starts
// cancelled, and so does the timer. The race needs a task of its own
// around it, which does not inherit the caller's cancellation.
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
