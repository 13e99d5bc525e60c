import CourseKit
import Synchronization

// True for the first caller of claim(), false for every later one, on any
// thread: an atomic test-and-set.
final class Once: Sendable {
  private let claimed = Atomic(false)

  func claim() -> Bool {
    !claimed.exchange(true, ordering: .acquiringAndReleasing)
  }
}

// Wraps `completion` so that it runs exactly once: with the first answer,
// or with `.noAnswer` if nothing came within `timeout`. Later answers are
// logged and dropped.
func guarded(
  timeout: Duration,
  on loop: EventLoop,
  console: Console,
  _ completion: @escaping @Sendable (Result<String, PaymentError>) -> Void
) -> @Sendable (Result<String, PaymentError>) -> Void {
  let once = Once()
  let timer = loop.callLater(after: timeout) {
    if once.claim() { completion(.failure(.noAnswer(after: timeout))) }
  }
  return { result in
    guard once.claim() else {
      console.log("ignored an answer that came too late or twice")
      return
    }
    timer.cancel()
    completion(result)
  }
}

func guardedCheckout(
  card: String,
  payments: PaymentService,
  loop: EventLoop,
  console: Console
) {
  console.log("charging card \(card)")
  let completion = guarded(
    timeout: .seconds(2),
    on: loop,
    console: console,
    handlePayment(card: card, console: console)
  )
  payments.charge(card: card, completion: completion)
}
