import CourseKit
import Shop

// Three requests, each needing the answer of the one before. Like the
// tutorial's version it has no error path: if a request fails, the chain
// stops silently and `completion` is never called.
func trackLatestOrder(
  user: Int,
  api: RemoteAPI,
  completion: @escaping @Sendable (String) -> Void
) {
  api.fetch(shop("/users/\(user)/latest-order")) { order in
    guard case .success(let order) = order else { return }
    api.fetch(shop("/orders/\(order)/shipment")) { shipment in
      guard case .success(let shipment) = shipment else { return }
      api.fetch(shop("/shipments/\(shipment)")) { status in
        guard case .success(let status) = status else { return }
        completion("order \(order) is \(status)")
      }
    }
  }
}

func thePyramid(api: RemoteAPI, console: Console) {
  console.log("tracking the latest order of user 42")
  trackLatestOrder(user: 42, api: api) { summary in
    console.log(summary)
  }
}
