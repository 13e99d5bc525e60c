// Exercise 1.3, wrong: guards on a value and no error, and reports every
// other answer as MissingResponse, losing the legacy API's error.
// Rejected with: an error and no value is a failure with that error
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
    guard let value, error == nil else {
      completion(.failure(MissingResponse()))
      return
    }
    completion(.success(value))
  }
}
