// Exercise 1.2, wrong: keeps every user it fetched in a global cache,
// marked nonisolated(unsafe) to get past the compiler: a data race.
// Rejected with: silences Swift's data-race checks
/// Exercise 1.2: fetch `https://api.example.com/users/<id>` from `api`, on
/// every call, and deliver the server's answer, or its error as `.server`.
/// Report an ID of zero or less as `.invalidID` at once, without fetching.
/// Either way, call `completion` once, from the loop, never before this
/// function returns.
public func fetchUser(
  id: Int,
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable (Result<String, UserError>) -> Void
) {
  guard id > 0 else {
    loop.callSoon { completion(.failure(.invalidID(id))) }
    return
  }
  if let user = userCache[id] {
    loop.callSoon { completion(.success(user)) }
    return
  }
  api.fetch("https://api.example.com/users/\(id)") { result in
    if case .success(let user) = result { userCache[id] = user }
    completion(result.mapError { .server($0) })
  }
}

/// The users fetched so far, by ID.
nonisolated(unsafe) var userCache: [Int: String] = [:]
