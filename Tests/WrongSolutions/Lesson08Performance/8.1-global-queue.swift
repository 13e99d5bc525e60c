// Exercise 8.1, wrong: hands the work to Dispatch's global queue instead of
// the queue it was given. That does move it off Swift's pool, but the
// caller chose the queue: a queue of its own that may block, where the
// global queues are meant for short work (on Linux they add a thread about
// once a second when theirs block).
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
    DispatchQueue.global().async {
      continuation.resume(with: Result { try work() })
    }
  }
}
