// Exercise 3.1, wrong: completes the new future with the fallback's value
// on a failure, then falls through to complete it again with the result;
// `try!` turns the second completion's error into a crash.
// Rejected with: crashed
extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    let (recovered, promise) = Future.make(on: loop)
    whenComplete { result in
      if case .failure(let error) = result {
        try! promise.succeed(fallback(error))
      }
      try! promise.complete(result)
    }
    return recovered
  }
}
