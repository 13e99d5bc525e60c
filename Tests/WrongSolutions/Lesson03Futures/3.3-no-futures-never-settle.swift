// Exercise 3.3, wrong: counts the results as they arrive and completes
// with the last one; with no futures, no result ever arrives, so it never
// completes.
// Rejected with: with no futures there is nothing to wait for
import Synchronization

extension Future {
  /// Exercise 3.3: a future of every result of `futures`, successes and
  /// failures, in the order of `futures`, once all are complete. It never
  /// fails: this is asyncio's `gather(..., return_exceptions=True)`. Keep
  /// the state in each call: two at once must not mix.
  public static func allSettled(
    _ futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<[Result<Value, any Error>]> {
    let (settled, promise) = Future<[Result<Value, any Error>]>.make(
      on: loop)
    let slots = Mutex(
      [Result<Value, any Error>?](repeating: nil, count: futures.count))
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        let all = slots.withLock { slots in
          slots[index] = result
          return slots.contains { $0 == nil } ? nil : slots.compactMap { $0 }
        }
        if let all { promise.completeIfPending(.success(all)) }
      }
    }
    return settled
  }
}
