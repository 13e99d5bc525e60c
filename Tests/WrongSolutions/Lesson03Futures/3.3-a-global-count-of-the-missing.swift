// Exercise 3.3, wrong: keeps each call's results in the call, but counts
// the futures still pending in one global Atomic, which every call
// resets and counts down.
// Rejected with: two allSettled at once must not mix
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
    stillPending.store(futures.count, ordering: .relaxed)
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        slots.withLock { $0[index] = result }
        if stillPending.subtract(1, ordering: .relaxed).newValue == 0 {
          promise.completeIfPending(
            .success(slots.withLock { $0.compactMap { $0 } }))
        }
      }
    }
    return settled
  }
}

/// How many futures have not completed yet.
let stillPending = Atomic<Int>(0)
