import CourseKit

/// A URL of the web service of chapters 2 and 3: an online shop. Each
/// request takes a second, and each answer is what the next request needs.
public func shop(_ path: String) -> String {
  "https://shop.example.com\(path)"
}

/// A user's latest order, its shipment, and the shipment's status.
public let shopResponses = [
  shop("/users/42/latest-order"): "1001",
  shop("/orders/1001/shipment"): "SHIP-77",
  shop("/shipments/SHIP-77"): "in transit",
]

/// The shop's API for a scene, drawn on the scene's timeline. `failing`
/// makes the second request of the chain fail.
public func shopAPI(
  _ stage: LoopStage,
  latency: Latency = .fixed(.seconds(1)),
  failing: Bool = false
) -> RemoteAPI {
  stage.api(
    latency: latency,
    failures: failing ? .urls([shop("/orders/1001/shipment")]) : .none,
    responses: shopResponses
  )
}
