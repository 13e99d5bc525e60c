// Exercise 1.3, wrong: keeps the legacy answer in a Mutex and calls back
// after legacyFetch returns, as if it always answered before returning.
// Rejected with: call completion when the legacy API calls you
import Synchronization

/// Exercise 1.3: call `legacyFetch` for `url` and hand its answer to
/// `completion` as one `Result`: an error wins over a value, and neither is
/// a `MissingResponse` failure. Keep the legacy API's timing: call
/// `completion` when it calls you.
public func fetchResult(
  _ url: String,
  using legacyFetch: (String, @escaping LegacyCompletion) -> Void,
  completion: @escaping @Sendable (Result<String, any Error>) -> Void
) {
  let answer = Mutex<Result<String, any Error>?>(nil)
  legacyFetch(url) { value, error in
    answer.withLock { answer in
      if let error {
        answer = .failure(error)
      } else if let value {
        answer = .success(value)
      } else {
        answer = .failure(MissingResponse())
      }
    }
  }
  if let result = answer.withLock({ $0 }) {
    completion(result)
  }
}
