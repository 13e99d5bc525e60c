// Exercise 3.2, wrong: never cancels the timer, so when the future wins
// the loop still waits for the timer until the limit runs out.
// Rejected with: cancel the timer when the future wins
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    loop.callLater(after: limit) {
      promise.completeIfPending(.failure(TimedOut(after: limit)))
    }
    whenComplete { result in
      promise.completeIfPending(result)
    }
    return limited
  }
}
