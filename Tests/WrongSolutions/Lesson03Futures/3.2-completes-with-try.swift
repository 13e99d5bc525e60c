// Exercise 3.2, wrong: cancels the timer when the future wins, but
// completes with `try!`; when the timer wins, the late future completes
// the promise a second time, and `try!` crashes.
// Rejected with: crashed
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    let timer = loop.callLater(after: limit) {
      try! promise.fail(TimedOut(after: limit))
    }
    whenComplete { result in
      timer.cancel()
      try! promise.complete(result)
    }
    return limited
  }
}
