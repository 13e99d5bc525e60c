// Exercise 2.2, wrong: keeps the bodies in a global var marked
// nonisolated(unsafe) to get past the compiler: a data race.
// Rejected with: silences Swift's data-race checks
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
  collectedBodies = []
  fetchNext(urls[...], api: api, completion: completion)
}

/// The bodies fetched so far.
nonisolated(unsafe) var collectedBodies: [String] = []

/// Fetches the first of `urls`, then the rest.
func fetchNext(
  _ urls: ArraySlice<String>,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard let url = urls.first else {
    completion(.success(collectedBodies))
    return
  }
  api.fetch(url) { result in
    switch result {
    case .failure(let error):
      completion(.failure(error))
    case .success(let body):
      collectedBodies.append(body)
      fetchNext(urls.dropFirst(), api: api, completion: completion)
    }
  }
}
