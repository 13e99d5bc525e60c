// Exercise 1.1, wrong: schedules the reminder again each time it fires,
// like an alarm that repeats, so the loop never runs out of work.
// Rejected with: did not finish
/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  loop.callLater(after: delay) {
    completion(message)
    remind(message, after: delay, on: loop, completion: completion)
  }
}
