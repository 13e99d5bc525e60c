// Exercise 3.2, wrong: fails with `TimedOut(after: loop.now)`, the time on
// the loop's clock, instead of the limit; they agree only for a timeout
// set at 0 s.
// Rejected with: fail once with TimedOut(after: limit)
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    let timer = loop.callLater(after: limit) { [loop] in
      promise.completeIfPending(.failure(TimedOut(after: loop.now)))
    }
    whenComplete { result in
      if promise.completeIfPending(result) { timer.cancel() }
    }
    return limited
  }
}
