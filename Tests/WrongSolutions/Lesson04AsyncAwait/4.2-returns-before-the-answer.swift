// Exercise 4.2, wrong: keeps the callback's answer in a Mutex, as in
// chapter 2, and returns it at once, before the API has called back.
// Rejected with: return the receipt the API calls back with
import Synchronization

/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  let answer = Mutex<Result<String, any Error>>(.success(""))
  pay(card) { result in
    answer.withLock { $0 = result }
  }
  return try answer.withLock { $0 }.get()
}
