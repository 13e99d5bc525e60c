// Exercise 7.3, wrong: starts the cleanup in a task of its own, sleeps for
// the whole timeout, then cancels the cleanup and takes its result. A
// cleanup that slows down is cut off in time, but one that finishes at
// once is reported only at the deadline: every call waits the full
// timeout.
// Rejected with: and not at the timeout
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
    let work = Task(executorPreference: executor) { try await cleanup() }
    try? await clock.sleep(for: timeout)
    work.cancel()
    switch await work.result {
    case .success: return CleanupOutcome.finished
    case .failure(is CancellationError): return .timedOut
    case .failure(let error): return .failed("\(error)")
    }
  }.value
}
