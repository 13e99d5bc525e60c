// Exercise 1.1, wrong: handles a zero delay with callSoon but forgets the
// `else`, so a zero delay also starts a timer and calls back twice.
// Rejected with: call completion exactly once
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  if delay == .zero {
    loop.callSoon { completion(message) }
  }
  loop.callLater(after: delay) {
    completion(message)
  }
}
