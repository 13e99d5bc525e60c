// Exercise 8.1, wrong: runs the work inside the continuation's closure and
// hands the queue only the resume, as if the queue were where the answer
// is delivered. That closure runs at once, in the calling task: the work
// blocks a thread of Swift's pool.
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
  return try await withCheckedThrowingContinuation { continuation in
    let result = Result { try work() }
    queue.async {
      continuation.resume(with: result)
    }
  }
}
