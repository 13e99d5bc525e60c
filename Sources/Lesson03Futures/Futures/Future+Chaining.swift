extension Future {
  /// A future of `transform` applied to this future's value. A failure, or
  /// an error `transform` throws, passes straight through.
  public func map<NewValue: Sendable>(
    _ transform: @escaping @Sendable (Value) throws -> NewValue
  ) -> Future<NewValue> {
    let (next, promise) = Future<NewValue>.make(on: loop)
    whenComplete { result in
      promise.completeIfPending(
        result.flatMap { value in
          Result { try transform(value) }
        })
    }
    return next
  }

  /// A future of the future that `next` starts with this future's value:
  /// the next step of a chain. A failure skips every later step.
  public func flatMap<NewValue: Sendable>(
    _ next: @escaping @Sendable (Value) -> Future<NewValue>
  ) -> Future<NewValue> {
    let (chained, promise) = Future<NewValue>.make(on: loop)
    whenComplete { result in
      switch result {
      case .success(let value):
        next(value).whenComplete { promise.completeIfPending($0) }
      case .failure(let error):
        promise.completeIfPending(.failure(error))
      }
    }
    return chained
  }
}
