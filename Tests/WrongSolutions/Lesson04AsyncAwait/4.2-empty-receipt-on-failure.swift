// Exercise 4.2, wrong: returns an empty receipt when the payment fails, so
// the caller never learns that it failed.
// Rejected with: throw the error the API gave
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  await withCheckedContinuation { continuation in
    pay(card) { result in
      continuation.resume(returning: (try? result.get()) ?? "")
    }
  }
}
