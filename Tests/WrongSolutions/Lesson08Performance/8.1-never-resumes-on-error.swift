// Exercise 8.1, wrong: resumes the continuation only when `work` returns a
// value. When it throws, nothing resumes it: the caller waits forever, and
// the runtime reports a leaked continuation.
// Rejected with: had neither returned nor thrown
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
      if let value = try? work() {
        continuation.resume(returning: value)
      }
    }
  }
}
