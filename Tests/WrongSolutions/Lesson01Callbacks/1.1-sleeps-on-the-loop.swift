// Exercise 1.1, wrong: blocks the loop's thread for the delay (the
// course's Thread.sleep) instead of asking the loop for a timer.
// Rejected with: a timer due at 1 s must not wait for the reminder
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  loop.blockThread(for: delay)
  loop.callSoon {
    completion(message)
  }
}
