// Exercise 3.2, wrong: sets no timer, and only checks the clock when the
// future completes: a late future times out late, and one that never
// completes never times out.
// Rejected with: rather than waiting for a future that may come late or never
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    let deadline = loop.now + limit
    whenComplete { [loop] result in
      if loop.now > deadline {
        promise.completeIfPending(.failure(TimedOut(after: limit)))
      } else {
        promise.completeIfPending(result)
      }
    }
    return limited
  }
}
