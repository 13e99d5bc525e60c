import CourseKit

enum PaymentError: Error, CustomStringConvertible {
  case noAnswer(after: Duration)

  var description: String {
    switch self {
    case .noAnswer(let time): "no answer after \(Console.seconds(time)) s"
    }
  }
}

// A payment service you do not control, with two bugs. A slow card is
// charged twice and reported twice; for an expired card the request is
// lost and nobody ever calls back. A late card is just slow: 3 seconds.
struct PaymentService {
  let loop: EventLoop

  func charge(
    card: String,
    completion: @escaping @Sendable (Result<String, PaymentError>) -> Void
  ) {
    switch card {
    case "expired":
      break
    case "late":
      loop.callLater(after: .seconds(3)) { completion(.success("receipt A")) }
    case "slow":
      loop.callLater(after: .seconds(1)) { completion(.success("receipt A")) }
      loop.callLater(after: .milliseconds(1500)) {
        completion(.success("receipt B"))
      }
    default:
      loop.callLater(after: .seconds(1)) { completion(.success("receipt A")) }
    }
  }
}

// What the shop does with the answer: ship the order, or tell the customer.
func handlePayment(card: String, console: Console)
  -> @Sendable (Result<String, PaymentError>) -> Void
{
  { result in
    switch result {
    case .success(let receipt):
      console.log("\(card): paid (\(receipt)), shipping the order")
    case .failure(let error):
      console.log("\(card): payment failed: \(error)")
    }
  }
}

func checkout(card: String, payments: PaymentService, console: Console) {
  console.log("charging card \(card)")
  payments.charge(
    card: card,
    completion: handlePayment(card: card, console: console)
  )
}
