// Exercise 1.1, wrong: waits for its own timer on a DispatchSemaphore,
// which blocks the very thread that would run the timer.
// Rejected with: did not finish
import Dispatch

/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  let due = DispatchSemaphore(value: 0)
  loop.callLater(after: delay) {
    due.signal()
  }
  due.wait()
  completion(message)
}
