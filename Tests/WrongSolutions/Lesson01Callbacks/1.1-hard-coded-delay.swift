// Exercise 1.1, wrong: always waits 3 seconds, the delay of the example it
// was tried with, whatever `delay` says.
// Rejected with: the reminder must arrive once `delay` has passed
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  loop.callLater(after: .seconds(3)) {
    completion(message)
  }
}
