// Exercise 1.3, wrong: stores the answer in a local var from the
// @Sendable completion handler, which Swift 6 rejects as a data race.
// Rejected with: does not compile
/// Exercise 1.3: call `legacyFetch` for `url` and hand its answer to
/// `completion` as one `Result`: an error wins over a value, and neither is
/// a `MissingResponse` failure. Keep the legacy API's timing: call
/// `completion` when it calls you.
public func fetchResult(
  _ url: String,
  using legacyFetch: (String, @escaping LegacyCompletion) -> Void,
  completion: @escaping @Sendable (Result<String, any Error>) -> Void
) {
  var answer: Result<String, any Error> = .failure(MissingResponse())
  legacyFetch(url) { value, error in
    if let error {
      answer = .failure(error)
    } else if let value {
      answer = .success(value)
    }
  }
  completion(answer)
}
