// Exercise 8.1, wrong: adds a cancellation handler that resumes the
// continuation with `CancellationError`, as if cancelling could stop the
// blocking call. It cannot: the work still returns, and resumes the same
// continuation a second time, which stops the program.
// Rejected with: tried to resume its continuation more than once
import Synchronization

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
  let waiting = Mutex<CheckedContinuation<T, any Error>?>(nil)
  return try await withTaskCancellationHandler {
    try await withCheckedThrowingContinuation { continuation in
      waiting.withLock { $0 = continuation }
      queue.async {
        continuation.resume(with: Result { try work() })
      }
    }
  } onCancel: {
    waiting.withLock { $0?.resume(throwing: CancellationError()) }
  }
}
