// Exercise 3.2, wrong: turns the timer into a future and races the two
// with `Future.first(of:on:)`, which never cancels the loser's timer.
// Rejected with: cancel the timer when the future wins
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (timer, alarm) = Future.make(on: loop)
    loop.callLater(after: limit) {
      alarm.completeIfPending(.failure(TimedOut(after: limit)))
    }
    return Future.first(of: [self, timer], on: loop)
  }
}
