import CourseKit
import Futures

// Chapter 2's shop, again: each answer is what the next request needs.
func shop(_ path: String) -> String {
  "https://shop.example.com\(path)"
}

let shopResponses = [
  shop("/users/42/latest-order"): "1001",
  shop("/orders/1001/shipment"): "SHIP-77",
  shop("/shipments/SHIP-77"): "in transit",
]

// `api.fetch` as a future: the request starts now, and the future completes
// with its answer. If the API called back twice, the future would keep the
// first answer and ignore the second.
func fetchFuture(
  _ url: String,
  api: RemoteAPI,
  on loop: EventLoop
) -> Future<String> {
  let (future, promise) = Future<String>.make(on: loop)
  api.fetch(url) { result in
    promise.completeIfPending(result.mapError { $0 })
  }
  return future
}
