// Exercise 1.1, wrong: waits by blocking the thread, like the lesson's
// fetchBlocking, then calls completion inline.
// Rejected with: remind called back before it returned
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  loop.blockThread(for: delay)
  completion(message)
}
