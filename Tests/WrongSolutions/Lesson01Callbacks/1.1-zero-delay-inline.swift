// Exercise 1.1, wrong: treats a zero delay as a shortcut and calls
// completion inline, before remind returns.
// Rejected with: remind called back before it returned
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  guard delay > .zero else {
    completion(message)
    return
  }
  loop.callLater(after: delay) {
    completion(message)
  }
}
