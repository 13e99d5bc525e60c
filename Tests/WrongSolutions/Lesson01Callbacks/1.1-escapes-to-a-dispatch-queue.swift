// Exercise 1.1, wrong: waits on DispatchQueue.global() in real time, off
// the loop, so the reminder never comes from the loop at all.
// Rejected with: call completion exactly once
import Dispatch

/// Exercise 1.1: call `completion` with `message` once `delay` has passed
/// on `loop`'s clock, exactly once.
public func remind(
  _ message: String,
  after delay: Duration,
  on loop: EventLoop,
  completion: @escaping @Sendable (String) -> Void
) {
  let seconds = Double(delay / .milliseconds(1)) / 1000
  DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
    completion(message)
  }
}
