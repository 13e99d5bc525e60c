// Exercise 3.3, wrong: waits only for the last future in the list, as if
// it finished last, then force-unwraps every future's result; one that
// is still pending crashes it.
// Rejected with: crashed
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
    guard let last = futures.last else {
      promise.completeIfPending(.success([]))
      return settled
    }
    last.whenComplete { _ in
      promise.completeIfPending(.success(futures.map { $0.result! }))
    }
    return settled
  }
}
