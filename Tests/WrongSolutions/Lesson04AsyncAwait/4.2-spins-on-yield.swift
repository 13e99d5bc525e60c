// Exercise 4.2, wrong: polls a flag set by the callback, yielding between
// looks; the loop always has this task ready to run again, so its clock
// never moves on to the time the API calls back.
// Rejected with: did not finish
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
  while true {
    if let result = answer.withLock({ $0 }) {
      return try result.get()
    }
    await Task.yield()
  }
}
