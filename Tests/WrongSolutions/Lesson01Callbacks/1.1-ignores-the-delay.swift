// Exercise 1.1, wrong: calls back from the loop, but with callSoon, so the
// reminder arrives at once instead of after the delay.
// Rejected with: the reminder must arrive once `delay` has passed
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  loop.callSoon {
    completion(message)
  }
}
