import CourseKit
import Shop

typealias Tracking = @Sendable (Result<String, APIError>) -> Void

// Goes on with the value, or hands the error to `completion`: the error
// path, written once.
func onSuccess<Value>(
  _ result: Result<Value, APIError>,
  else completion: Tracking,
  then next: (Value) -> Void
) {
  switch result {
  case .success(let value): next(value)
  case .failure(let error): completion(.failure(error))
  }
}

// The chain as three named steps, one request each. No step is nested, but
// each must be handed everything the later steps need.
func trackLatestOrderInSteps(
  user: Int,
  api: RemoteAPI,
  completion: @escaping Tracking
) {
  api.fetch(shop("/users/\(user)/latest-order")) { result in
    onSuccess(result, else: completion) { order in
      fetchShipment(order: order, api: api, completion: completion)
    }
  }
}

func fetchShipment(
  order: String,
  api: RemoteAPI,
  completion: @escaping Tracking
) {
  api.fetch(shop("/orders/\(order)/shipment")) { result in
    onSuccess(result, else: completion) { shipment in
      fetchStatus(
        order: order,
        shipment: shipment,
        api: api,
        completion: completion
      )
    }
  }
}

func fetchStatus(
  order: String,
  shipment: String,
  api: RemoteAPI,
  completion: @escaping Tracking
) {
  api.fetch(shop("/shipments/\(shipment)")) { result in
    onSuccess(result, else: completion) { status in
      completion(.success("order \(order) is \(status)"))
    }
  }
}

func namedSteps(api: RemoteAPI, console: Console) {
  console.log("tracking the latest order of user 42")
  trackLatestOrderInSteps(user: 42, api: api) { result in
    switch result {
    case .success(let summary): console.log(summary)
    case .failure(let error): console.log("could not track it: \(error)")
    }
  }
}
