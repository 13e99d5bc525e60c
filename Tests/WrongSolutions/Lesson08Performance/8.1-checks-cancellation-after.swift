// Exercise 8.1, wrong: checks for cancellation after the work, not
// before. A task cancelled while the work ran gets `CancellationError`, and
// the result of the work that did run is thrown away; a task cancelled
// before the call still starts the work.
// Rejected with: the call must wait
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
  let value = try await withCheckedThrowingContinuation { continuation in
    queue.async {
      continuation.resume(with: Result { try work() })
    }
  }
  try Task.checkCancellation()
  return value
}
