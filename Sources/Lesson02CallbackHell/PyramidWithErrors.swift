import CourseKit
import Shop

// The same chain with an error path at every level: each step either goes
// one level deeper or hands the error to `completion`.
func trackLatestOrderOrFail(
  user: Int,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  api.fetch(shop("/users/\(user)/latest-order")) { order in
    switch order {
    case .failure(let error):
      completion(.failure(error))
    case .success(let order):
      api.fetch(shop("/orders/\(order)/shipment")) { shipment in
        switch shipment {
        case .failure(let error):
          completion(.failure(error))
        case .success(let shipment):
          api.fetch(shop("/shipments/\(shipment)")) { status in
            switch status {
            case .failure(let error):
              completion(.failure(error))
            case .success(let status):
              completion(.success("order \(order) is \(status)"))
            }
          }
        }
      }
    }
  }
}

func everyLevelHandlesErrors(api: RemoteAPI, console: Console) {
  console.log("tracking the latest order of user 42")
  trackLatestOrderOrFail(user: 42, api: api) { result in
    switch result {
    case .success(let summary): console.log(summary)
    case .failure(let error): console.log("could not track it: \(error)")
    }
  }
}
