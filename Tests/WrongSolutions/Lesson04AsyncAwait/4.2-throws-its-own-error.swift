// Exercise 4.2, wrong: throws an error of its own when the payment fails,
// instead of the error the API called back with.
// Rejected with: throw the error the API gave, as it is
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in
      switch result {
      case .success(let receipt):
        continuation.resume(returning: receipt)
      case .failure:
        continuation.resume(throwing: PaymentFailed(card: card))
      }
    }
  }
}

/// The payment of a card failed.
struct PaymentFailed: Error {
  let card: String
}
