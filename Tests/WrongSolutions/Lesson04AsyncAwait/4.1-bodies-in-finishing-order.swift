// Exercise 4.1, wrong: gathers the three bodies in a task group as they
// finish, and reads them back as if they had finished in the order asked.
// Rejected with: each body in its own field
/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  let base = "https://api.example.com/users/\(user)"
  let urls = [base, base + "/orders", base + "/wishlist"]
  let bodies = try await withThrowingTaskGroup(of: String.self) { group in
    for url in urls {
      group.addTask { try await api.fetch(url) }
    }
    var bodies: [String] = []
    for try await body in group {
      bodies.append(body)
    }
    return bodies
  }
  return Dashboard(profile: bodies[0], orders: bodies[1], wishlist: bodies[2])
}
