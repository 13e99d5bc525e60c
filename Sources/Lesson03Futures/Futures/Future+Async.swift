extension Future {
  /// The future's value, for `async` code: the calling task suspends, without
  /// blocking its thread, until the future completes, then resumes with the
  /// value or throws the error.
  ///
  /// This is the bridge from callbacks to `async`/`await`: a continuation is
  /// a way to resume a suspended task from a callback, exactly once.
  public var value: Value {
    get async throws {
      try await withCheckedThrowingContinuation { continuation in
        whenComplete { result in continuation.resume(with: result) }
      }
    }
  }
}
