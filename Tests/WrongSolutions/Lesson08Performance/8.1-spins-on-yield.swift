// Exercise 8.1, wrong: hands the work to the queue, then polls for its
// result, calling `Task.yield()` between looks. No thread stays blocked,
// but every waiting call keeps a core busy doing nothing until the work
// ends.
// Rejected with: kept a core busy instead of waiting
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
  let result = Mutex<Result<T, any Error>?>(nil)
  queue.async {
    let outcome = Result { try work() }
    result.withLock { $0 = outcome }
  }
  while true {
    if let outcome = result.withLock({ $0 }) { return try outcome.get() }
    await Task.yield()
  }
}
