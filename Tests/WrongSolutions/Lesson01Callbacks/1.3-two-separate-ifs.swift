// Exercise 1.3, wrong: checks the two optionals separately, so both
// calls back twice and neither never calls back.
// Rejected with: call completion exactly once
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
    if let value {
      completion(.success(value))
    }
    if let error {
      completion(.failure(error))
    }
  }
}
