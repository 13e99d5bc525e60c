// Exercise 4.2, wrong: waits for the API, but returns a receipt it makes
// up from the card instead of the one the API called back with.
// Rejected with: return the receipt the API calls back with
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in
      switch result {
      case .success:
        continuation.resume(returning: "receipt for \(card)")
      case .failure(let error):
        continuation.resume(throwing: error)
      }
    }
  }
}
