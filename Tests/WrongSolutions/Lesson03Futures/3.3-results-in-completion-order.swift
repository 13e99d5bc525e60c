// Exercise 3.3, wrong: appends each result as its future completes, so
// the results come in the order they complete, not the order of the
// futures.
// Rejected with: not the order they complete
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
    let results = Mutex<[Result<Value, any Error>]>([])
    for future in futures {
      future.whenComplete { result in
        let all = results.withLock { results in
          results.append(result)
          return results.count == futures.count ? results : nil
        }
        if let all { promise.completeIfPending(.success(all)) }
      }
    }
    return settled
  }
}
