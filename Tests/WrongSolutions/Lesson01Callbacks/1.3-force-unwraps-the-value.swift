// Exercise 1.3, wrong: assumes that no error means a value, and
// force-unwraps it, which traps when the legacy API gives neither.
// Rejected with: crashed
/// Exercise 1.3: call `legacyFetch` for `url` and hand its answer to
/// `completion` as one `Result`: an error wins over a value, and neither is
/// a `MissingResponse` failure. Keep the legacy API's timing: call
/// `completion` when it calls you.
public func fetchResult(
  _ url: String,
  using legacyFetch: (String, @escaping LegacyCompletion) -> Void,
  completion: @escaping @Sendable (Result<String, any Error>) -> Void
) {
  legacyFetch(url) { value, error in
    if let error {
      completion(.failure(error))
    } else {
      completion(.success(value!))
    }
  }
}
