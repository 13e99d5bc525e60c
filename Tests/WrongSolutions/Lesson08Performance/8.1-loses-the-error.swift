// Exercise 8.1, wrong: resumes only when `work` returns, with `try?`, and
// crashes with the force unwrap when it throws. The error never reaches the
// caller; the program dies instead.
// Rejected with: Unexpectedly found nil
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
  return await withCheckedContinuation { continuation in
    queue.async {
      continuation.resume(returning: (try? work())!)
    }
  }
}
