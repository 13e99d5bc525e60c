// Exercise 3.3, wrong: fills an array `var` from each future's callback;
// Swift refuses a `var` changed by code that may run concurrently.
// Rejected with: does not compile
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
    var results = [Result<Value, any Error>?](
      repeating: nil, count: futures.count)
    var missing = futures.count
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        results[index] = result
        missing -= 1
        if missing == 0 {
          promise.completeIfPending(.success(results.compactMap { $0 }))
        }
      }
    }
    return settled
  }
}
