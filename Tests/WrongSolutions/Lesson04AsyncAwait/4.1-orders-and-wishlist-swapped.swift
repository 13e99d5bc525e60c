// Exercise 4.1, wrong: passes the wishlist as the orders and the orders as
// the wishlist.
// Rejected with: each body in its own field
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  async let profile = api.fetch(base)
  async let orders = api.fetch(base + "/orders")
  async let wishlist = api.fetch(base + "/wishlist")
  return try await Dashboard(
    profile: profile, orders: wishlist, wishlist: orders)
}
