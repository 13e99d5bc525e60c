// Exercise 3.1, wrong: looks at `result` when `recover` is called, while
// the future is still pending, and returns the future itself if there is
// no failure yet; a failure that comes later is never recovered.
// Rejected with: a failure becomes a success
extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    guard case .failure(let error) = result else { return self }
    let (recovered, promise) = Future.make(on: loop)
    promise.completeIfPending(.success(fallback(error)))
    return recovered
  }
}
