// Exercise 3.1, wrong: calls `fallback` on a failure, but then completes
// the new future with the original result, so a failure stays a failure.
// Rejected with: a failure becomes a success
extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    let (recovered, promise) = Future.make(on: loop)
    whenComplete { result in
      if case .failure(let error) = result {
        _ = fallback(error)
      }
      promise.completeIfPending(result)
    }
    return recovered
  }
}
