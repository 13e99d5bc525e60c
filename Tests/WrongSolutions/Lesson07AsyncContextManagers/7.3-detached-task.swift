// Exercise 7.3, wrong: shields the cleanup with Task.detached, which
// inherits nothing from the caller, cancellation included. It inherits no
// executor either: the cleanup runs on Swift's thread pool, not on
// `executor` as it must (on the course's loop the test stops). A plain
// Task { } does the same. Task(executorPreference: executor) does not
// inherit cancellation, and runs where it is told.
// Rejected with: Task(executorPreference:
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
  await Task.detached {
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
  }.value
}
