// Exercise 3.2, wrong: keeps the timer in a `nonisolated(unsafe) var` so
// that the callback can read it, silencing the check that would catch
// the race.
// Rejected with: silences Swift's data-race checks
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    nonisolated(unsafe) var timer: TimerHandle?
    whenComplete { result in
      if promise.completeIfPending(result) { timer?.cancel() }
    }
    timer = loop.callLater(after: limit) {
      promise.completeIfPending(.failure(TimedOut(after: limit)))
    }
    return limited
  }
}
