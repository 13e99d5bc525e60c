// Exercise 4.1, wrong: awaits each request before sending the next, so the
// three run one after another and the whole takes the sum of their times.
// Rejected with: start all three before awaiting one
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  let profile = try await api.fetch(base)
  let orders = try await api.fetch(base + "/orders")
  let wishlist = try await api.fetch(base + "/wishlist")
  return Dashboard(profile: profile, orders: orders, wishlist: wishlist)
}
