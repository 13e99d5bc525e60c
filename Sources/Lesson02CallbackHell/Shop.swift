import CourseKit

// The chapter's web service: an online shop. Each request takes a second,
// and each answer is what the next request needs.
func shop(_ path: String) -> String {
  "https://shop.example.com\(path)"
}

let shopResponses = [
  shop("/users/42/latest-order"): "1001",
  shop("/orders/1001/shipment"): "SHIP-77",
  shop("/shipments/SHIP-77"): "in transit",
]
