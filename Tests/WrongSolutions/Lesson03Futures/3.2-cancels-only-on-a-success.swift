// Exercise 3.2, wrong: cancels the timer only when the future succeeds in
// time; a failure in time leaves it scheduled.
// Rejected with: cancel the timer when the future wins, whatever its result
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    let timer = loop.callLater(after: limit) {
      promise.completeIfPending(.failure(TimedOut(after: limit)))
    }
    whenComplete { result in
      if case .success = result {
        timer.cancel()
      }
      promise.completeIfPending(result)
    }
    return limited
  }
}
