// Exercise 7.3, wrong: chapter 5's cancel-after: the cleanup in a task of
// its own, and a timer task that cancels it at the deadline; the outcome
// is read from how the cleanup ended, CancellationError meaning a
// timeout. But a cleanup may not stop when cancelled: one that ignores it
// and finishes after the deadline is reported .finished, though the
// deadline came first (and one that throws CancellationError of its own
// is reported as a timeout).
// Rejected with: the 1 s deadline came first, so runCleanup must return .timedOut
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
  let work = Task(executorPreference: executor) { try await cleanup() }
  let timer = Task(executorPreference: executor) {
    try await clock.sleep(for: timeout)
    work.cancel()
  }
  defer { timer.cancel() }
  switch await work.result {
  case .success:
    return .finished
  case .failure(is CancellationError):
    return .timedOut
  case .failure(let error):
    return .failed("\(error)")
  }
}
