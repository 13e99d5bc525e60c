// Exercise 4.2, wrong: keeps the answer in a global var marked
// nonisolated(unsafe) to get past the compiler: a data race.
// Rejected with: silences Swift's data-race checks
/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in
      lastPayment = result
      continuation.resume(with: lastPayment!)
    }
  }
}

/// The answer of the last payment.
nonisolated(unsafe) var lastPayment: Result<String, any Error>?
