// Exercise 1.2, wrong: reports a bad ID from the loop but does not return,
// so it fetches the bad ID too and calls back twice.
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
  if id <= 0 {
    loop.callSoon { completion(.failure(.invalidID(id))) }
  }
  api.fetch("https://api.example.com/users/\(id)") { result in
    completion(result.mapError { .server($0) })
  }
}
