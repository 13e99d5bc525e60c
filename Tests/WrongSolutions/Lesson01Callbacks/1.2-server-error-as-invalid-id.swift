// Exercise 1.2, wrong: reports any server error as .invalidID, losing the
// server's error.
// Rejected with: a server error must arrive once, as .server
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
  api.fetch("https://api.example.com/users/\(id)") { result in
    switch result {
    case .success(let user): completion(.success(user))
    case .failure: completion(.failure(.invalidID(id)))
    }
  }
}
