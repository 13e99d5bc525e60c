// Exercise 1.1, wrong: calls completion at once, inline, and ignores both
// the delay and the loop.
// Rejected with: remind called back before it returned
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  completion(message)
}
