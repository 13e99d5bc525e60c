// Exercise 4.1, wrong: fetches the profile first, and only then the orders
// and the wishlist together, as if they needed the profile.
// Rejected with: the three requests must be in flight together
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  let profile = try await api.fetch(base)
  async let orders = api.fetch(base + "/orders")
  async let wishlist = api.fetch(base + "/wishlist")
  return try await Dashboard(
    profile: profile, orders: orders, wishlist: wishlist)
}
