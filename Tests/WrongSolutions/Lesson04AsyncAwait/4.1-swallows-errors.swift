// Exercise 4.1, wrong: turns a failed request into an empty body with
// try?, so the dashboard comes back with a gap instead of the error.
// Rejected with: do not swallow it
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  async let profile = try? api.fetch(base)
  async let orders = try? api.fetch(base + "/orders")
  async let wishlist = try? api.fetch(base + "/wishlist")
  return await Dashboard(
    profile: profile ?? "", orders: orders ?? "", wishlist: wishlist ?? "")
}
