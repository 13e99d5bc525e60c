// Exercise 1.2, wrong: keeps every user it fetched in a global cache, shared
// by every API, so a second server is never asked and its answer is lost.
// Rejected with: ask the server every time
import Synchronization

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
  if let user = userCache.withLock({ $0[id] }) {
    loop.callSoon { completion(.success(user)) }
    return
  }
  api.fetch("https://api.example.com/users/\(id)") { result in
    if case .success(let user) = result {
      userCache.withLock { $0[id] = user }
    }
    completion(result.mapError { .server($0) })
  }
}

/// The users fetched so far, by ID.
let userCache = Mutex<[Int: String]>([:])
