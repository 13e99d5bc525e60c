// Exercise 4.2, wrong: resumes the continuation only with a receipt, so
// when the API calls back with an error the task waits forever.
// Rejected with: is the continuation resumed with the error too
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in
      if case .success(let receipt) = result {
        continuation.resume(returning: receipt)
      }
    }
  }
}
