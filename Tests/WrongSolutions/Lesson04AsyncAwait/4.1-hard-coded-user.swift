// Exercise 4.1, wrong: fetches the dashboard of user 7, the lesson's
// example, whatever user it is asked for.
// Rejected with: user 12's profile
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  async let profile = api.fetch("https://api.example.com/users/7")
  async let orders = api.fetch("https://api.example.com/users/7/orders")
  async let wishlist = api.fetch("https://api.example.com/users/7/wishlist")
  return try await Dashboard(
    profile: profile, orders: orders, wishlist: wishlist)
}
