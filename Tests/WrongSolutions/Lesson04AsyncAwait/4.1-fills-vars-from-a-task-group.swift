// Exercise 4.1, wrong: runs the three requests as children of a task group
// that each assign a `var` of the function; Swift refuses a `var` changed
// by code that runs concurrently.
// Rejected with: does not compile
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  var profile = ""
  var orders = ""
  var wishlist = ""
  try await withThrowingTaskGroup(of: Void.self) { group in
    group.addTask { profile = try await api.fetch(base) }
    group.addTask { orders = try await api.fetch(base + "/orders") }
    group.addTask { wishlist = try await api.fetch(base + "/wishlist") }
    try await group.waitForAll()
  }
  return Dashboard(profile: profile, orders: orders, wishlist: wishlist)
}
