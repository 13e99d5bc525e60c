// Exercise 3.2, wrong: turns the future's own failure into `TimedOut`,
// even when it comes in time.
// Rejected with: success or failure, passes through
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
      let passed = promise.completeIfPending(
        result.mapError { _ in TimedOut(after: limit) })
      if passed { timer.cancel() }
    }
    return limited
  }
}
