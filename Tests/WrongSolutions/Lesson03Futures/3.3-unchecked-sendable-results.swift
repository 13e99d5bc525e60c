// Exercise 3.3, wrong: keeps the results in a class marked
// @unchecked Sendable, with no lock: a data race the compiler was told to
// ignore.
// Rejected with: silences Swift's data-race checks
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
    let results = SettledResults<Value>(count: futures.count)
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        results.slots[index] = result
        results.missing -= 1
        if results.missing == 0 {
          promise.completeIfPending(.success(results.slots.compactMap { $0 }))
        }
      }
    }
    return settled
  }
}

/// One slot per future, and how many are still empty.
final class SettledResults<Value: Sendable>: @unchecked Sendable {
  var slots: [Result<Value, any Error>?]
  var missing: Int

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
    missing = count
  }
}
