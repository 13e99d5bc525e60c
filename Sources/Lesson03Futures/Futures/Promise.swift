/// The side of a ``Future`` that completes it: whoever does the work keeps
/// the promise, and hands out the future.
public struct Promise<Value: Sendable>: Sendable {
  /// The future this promise completes.
  public let future: Future<Value>

  /// Completes the future with `result`.
  ///
  /// - Throws: ``FutureError/alreadyComplete`` if the future is complete
  ///   already: a future completes once, and a second answer is a bug worth
  ///   hearing about. For races, where the first answer wins on purpose, use
  ///   ``completeIfPending(_:)``.
  public func complete(_ result: Result<Value, any Error>) throws(FutureError) {
    guard future.complete(result) else { throw .alreadyComplete }
  }

  /// Completes the future with `value`.
  ///
  /// - Throws: ``FutureError/alreadyComplete`` if it is complete already.
  public func succeed(_ value: Value) throws(FutureError) {
    try complete(.success(value))
  }

  /// Completes the future with `error`.
  ///
  /// - Throws: ``FutureError/alreadyComplete`` if it is complete already.
  public func fail(_ error: any Error) throws(FutureError) {
    try complete(.failure(error))
  }

  /// Completes the future with `result` unless it is complete already, and
  /// returns whether it did: the first of several answers wins.
  @discardableResult
  public func completeIfPending(_ result: Result<Value, any Error>) -> Bool {
    future.complete(result)
  }
}

/// What goes wrong with a ``Promise``.
public enum FutureError: Error, Equatable, CustomStringConvertible {
  /// The future was completed before.
  case alreadyComplete

  /// A short message for logs.
  public var description: String {
    switch self {
    case .alreadyComplete: "the future is already complete"
    }
  }
}
