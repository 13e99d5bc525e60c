// Exercise 2.2, wrong: collects the bodies in one global Mutex, emptied by
// each call, so two calls at once mix up their bodies.
// Rejected with: must each get their own bodies
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
  sequenceBodies.withLock { $0 = [] }
  fetchNext(urls[...], api: api, completion: completion)
}

/// The bodies fetched so far.
let sequenceBodies = Mutex<[String]>([])

/// Fetches the first of `urls`, then the rest.
func fetchNext(
  _ urls: ArraySlice<String>,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard let url = urls.first else {
    completion(.success(sequenceBodies.withLock { $0 }))
    return
  }
  api.fetch(url) { result in
    switch result {
    case .failure(let error):
      completion(.failure(error))
    case .success(let body):
      sequenceBodies.withLock { $0.append(body) }
      fetchNext(urls.dropFirst(), api: api, completion: completion)
    }
  }
}
