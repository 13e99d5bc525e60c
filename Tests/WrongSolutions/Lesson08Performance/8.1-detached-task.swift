// Exercise 8.1, wrong: moves the work into a detached task, thinking that
// "detached" means "on another thread". A detached task runs on the same
// cooperative pool, so the blocking call still holds one of its threads.
// Rejected with: work ran somewhere other than the queue it was given
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
  return try await Task.detached { try work() }.value
}
