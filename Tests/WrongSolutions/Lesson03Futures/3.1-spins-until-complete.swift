// Exercise 3.1, wrong: loops until `result` is there; the loop that would
// complete the future never gets its thread back.
// Rejected with: did not finish
extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    var outcome = result
    while outcome == nil {
      outcome = result
    }
    let (recovered, promise) = Future.make(on: loop)
    switch outcome {
    case .success(let value): promise.completeIfPending(.success(value))
    case .failure(let error):
      promise.completeIfPending(.success(fallback(error)))
    case nil: break
    }
    return recovered
  }
}
