// Exercise 1.2, wrong: never asks the server; it makes up the answer the
// example printed, a second later.
// Rejected with: deliver the server's answer
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
  loop.callLater(after: .seconds(1)) {
    completion(.success("Data from https://api.example.com/users/\(id)"))
  }
}
