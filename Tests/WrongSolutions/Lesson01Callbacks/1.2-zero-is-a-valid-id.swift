// Exercise 1.2, wrong: rejects only negative IDs, so an ID of zero is
// sent to the server.
// Rejected with: a bad ID should not reach the server
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
  guard id >= 0 else {
    loop.callSoon { completion(.failure(.invalidID(id))) }
    return
  }
  api.fetch("https://api.example.com/users/\(id)") { result in
    completion(result.mapError { .server($0) })
  }
}
