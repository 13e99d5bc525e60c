// Exercise 4.2, wrong: calls pay, then sleeps with Task.sleep until the
// answer should be there; Task.sleep does not sleep on the loop's clock.
// Rejected with: Task.sleep
import Synchronization

/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  let answer = Mutex<Result<String, any Error>?>(nil)
  pay(card) { result in
    answer.withLock { $0 = result }
  }
  while answer.withLock({ $0 }) == nil {
    try await Task.sleep(for: .milliseconds(100))
  }
  return try answer.withLock { $0 }!.get()
}
