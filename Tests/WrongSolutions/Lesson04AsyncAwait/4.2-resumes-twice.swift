// Exercise 4.2, wrong: resumes the continuation with the result, then once
// more to be sure the receipt gets through, which stops the program.
// Rejected with: crashed
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in
      continuation.resume(with: result)
      if case .success(let receipt) = result {
        continuation.resume(returning: receipt)
      }
    }
  }
}
