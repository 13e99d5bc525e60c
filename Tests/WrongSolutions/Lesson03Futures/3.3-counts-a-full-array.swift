// Exercise 3.3, wrong: fills one slot per future, but checks whether it is
// done with the array's count, which is full from the start, so it
// completes with the first result alone.
// Rejected with: once the last one has
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
    if futures.isEmpty { promise.completeIfPending(.success([])) }
    let slots = Mutex(
      [Result<Value, any Error>?](repeating: nil, count: futures.count))
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        let all = slots.withLock { slots in
          slots[index] = result
          return slots.count == futures.count ? slots.compactMap { $0 } : nil
        }
        if let all { promise.completeIfPending(.success(all)) }
      }
    }
    return settled
  }
}
