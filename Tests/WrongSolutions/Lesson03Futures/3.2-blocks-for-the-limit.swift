// Exercise 3.2, wrong: blocks the loop's thread for the limit to give
// the future time to complete; nothing else runs meanwhile, so it never
// does, and every timeout fails at the limit.
// Rejected with: success or failure, passes through
extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    loop.blockThread(for: limit)
    let (limited, promise) = Future.make(on: loop)
    promise.completeIfPending(result ?? .failure(TimedOut(after: limit)))
    return limited
  }
}
