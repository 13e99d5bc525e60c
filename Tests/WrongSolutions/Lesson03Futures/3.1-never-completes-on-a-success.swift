// Exercise 3.1, wrong: handles only the failure, and never completes the
// new future when this one succeeds.
// Rejected with: a success passes through as it is
extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    let (recovered, promise) = Future.make(on: loop)
    whenComplete { result in
      if case .failure(let error) = result {
        promise.completeIfPending(.success(fallback(error)))
      }
    }
    return recovered
  }
}
