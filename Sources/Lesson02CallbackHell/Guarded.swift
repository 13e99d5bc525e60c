import CourseKit
import Synchronization

// Wraps `completion` so that it runs exactly once: with the first answer,
// or with `.noAnswer` if nothing came within `timeout`. Later answers are
// logged and dropped.
func guarded(
  timeout: Duration,
  on loop: EventLoop,
  console: Console,
  _ completion: @escaping @Sendable (Result<String, PaymentError>) -> Void
) -> @Sendable (Result<String, PaymentError>) -> Void {
  // Whoever sets the flag first answers. The timer and the service may
  // both try, on any thread, so the test and the set happen under a lock.
  let answered = Mutex(false)
  @Sendable func claim() -> Bool {
    answered.withLock { answered in
      defer { answered = true }
      return !answered
    }
  }
  let timer = loop.callLater(after: timeout) {
    if claim() { completion(.failure(.noAnswer(after: timeout))) }
  }
  return { result in
    guard claim() else {
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
