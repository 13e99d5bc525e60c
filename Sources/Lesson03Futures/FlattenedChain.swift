import CourseKit
import Futures
import Shop

// Chapter 2's pyramid as a chain of futures. Each step is one level deep,
// and an error at any step skips the rest.
func trackLatestOrder(
  user: Int,
  api: RemoteAPI,
  on loop: EventLoop
) -> Future<String> {
  fetchFuture(shop("/users/\(user)/latest-order"), api: api, on: loop)
    .flatMap { order in
      fetchFuture(shop("/orders/\(order)/shipment"), api: api, on: loop)
        .map { shipment in (order, shipment) }
    }
    .flatMap { order, shipment in
      fetchFuture(shop("/shipments/\(shipment)"), api: api, on: loop)
        .map { status in "order \(order) is \(status)" }
    }
}

func theChainFlattened(api: RemoteAPI, loop: EventLoop, console: Console) {
  console.log("tracking the latest order of user 42")
  let tracking = trackLatestOrder(user: 42, api: api, on: loop)
  // One place for the result, and one for any error on the way.
  tracking.whenComplete { result in
    switch result {
    case .success(let summary): console.log(summary)
    case .failure(let error): console.log("could not track it: \(error)")
    }
  }
}
