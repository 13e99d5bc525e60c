// Exercise 3.2, wrong: keeps the timer in a `var` that the future's
// callback reads, set after the callback is added; Swift refuses a `var`
// shared with code that may run concurrently.
// Rejected with: does not compile
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    var timer: TimerHandle?
    whenComplete { result in
      if promise.completeIfPending(result) { timer?.cancel() }
    }
    timer = loop.callLater(after: limit) {
      promise.completeIfPending(.failure(TimedOut(after: limit)))
    }
    return limited
  }
}
