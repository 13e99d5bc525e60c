// Exercise 4.1, wrong: writes async let, but awaits each one on the next
// line, before the next async let has started, so nothing overlaps.
// Rejected with: as long as the slowest of the three takes
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  async let profileRequest = api.fetch(base)
  let profile = try await profileRequest
  async let ordersRequest = api.fetch(base + "/orders")
  let orders = try await ordersRequest
  async let wishlistRequest = api.fetch(base + "/wishlist")
  let wishlist = try await wishlistRequest
  return Dashboard(profile: profile, orders: orders, wishlist: wishlist)
}
