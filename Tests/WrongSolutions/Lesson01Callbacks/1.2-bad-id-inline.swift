// Exercise 1.2, wrong: reports a bad ID inline, before fetchUser returns,
// as the lesson's fetchProfileInline does.
// Rejected with: fetchUser called back inline for a bad ID
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
    completion(.failure(.invalidID(id)))
    return
  }
  api.fetch("https://api.example.com/users/\(id)") { result in
    completion(result.mapError { .server($0) })
  }
}
