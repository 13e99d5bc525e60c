// Exercise 8.1, wrong: checks for cancellation on the queue, just before
// the work, to check as late as it can. Code that `queue.async` runs is in
// no task at all: there, `Task.checkCancellation()` never throws, and a
// task that is already cancelled still starts the work.
// Rejected with: is in no task, where Task.isCancelled is always false
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
  try await withCheckedThrowingContinuation { continuation in
    queue.async {
      continuation.resume(
        with: Result {
          try Task.checkCancellation()
          return try work()
        })
    }
  }
}
