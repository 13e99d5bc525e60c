// Exercise 8.1, wrong: runs `work` with `queue.sync`. The work runs in the
// queue's context, but `sync` waits for it on the calling thread, one of
// Swift's pool: the task blocks its thread as if it made the call itself.
// Rejected with: could not run for
/// Exercise 8.1: runs `work`, a blocking call, on `queue` instead of on
/// Swift's cooperative pool, and returns what it returns or throws what it
/// throws. Meanwhile the calling task is suspended, not blocking a thread,
/// so other tasks keep running, however many calls block at once.
///
/// A call from a task that is already cancelled throws `CancellationError`
/// without running `work`. Once `work` has started, nothing can stop it: the
/// call waits for it and returns its result, even if the task is cancelled
/// meanwhile.
public func runBlocking<T: Sendable>(
  on queue: DispatchQueue,
  _ work: @escaping @Sendable () throws -> T
) async throws -> T {
  try Task.checkCancellation()
  return try queue.sync { try work() }
}
