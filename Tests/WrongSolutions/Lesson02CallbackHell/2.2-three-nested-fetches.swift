// Exercise 2.2, wrong: writes the pyramid of doom for exactly three URLs,
// so a shorter list traps on an index out of range.
// Rejected with: crashed
/// Exercise 2.2: fetch the URLs in `urls` one after another, each once the
/// one before has answered. Call `completion` once: with every body in
/// order, or with the first error as soon as it arrives (and send no
/// request after it). With no URLs, call back with `[]`, from the loop.
/// Keep the state in each call: two calls at once must not mix.
public func fetchInSequence(
  _ urls: [String],
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard !urls.isEmpty else {
    loop.callSoon { completion(.success([])) }
    return
  }
  api.fetch(urls[0]) { first in
    switch first {
    case .failure(let error): completion(.failure(error))
    case .success(let a):
      api.fetch(urls[1]) { second in
        switch second {
        case .failure(let error): completion(.failure(error))
        case .success(let b):
          api.fetch(urls[2]) { third in
            completion(third.map { [a, b, $0] })
          }
        }
      }
    }
  }
}
