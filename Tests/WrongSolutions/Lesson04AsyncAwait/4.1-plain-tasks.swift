// Exercise 4.1, wrong: starts each request in a plain Task { }, which does
// not keep the loop as its executor, so the requests run off the loop.
// Rejected with: Task(executorPreference: loop)
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  let profile = Task { try await api.fetch(base) }
  let orders = Task { try await api.fetch(base + "/orders") }
  let wishlist = Task { try await api.fetch(base + "/wishlist") }
  return Dashboard(
    profile: try await profile.value,
    orders: try await orders.value,
    wishlist: try await wishlist.value
  )
}
