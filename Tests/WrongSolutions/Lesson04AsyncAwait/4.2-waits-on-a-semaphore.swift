// Exercise 4.2, wrong: waits for the callback on a DispatchSemaphore, which
// blocks the loop's thread, the very thread that would run the callback.
// Rejected with: did not finish
import Dispatch
import Synchronization

/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  let answered = DispatchSemaphore(value: 0)
  let answer = Mutex<Result<String, any Error>?>(nil)
  pay(card) { result in
    answer.withLock { $0 = result }
    answered.signal()
  }
  answered.wait()
  return try answer.withLock { $0 }!.get()
}
