// Exercise 2.2, wrong: has no case for an empty list, so the recursion's
// end answers [] at once, inline, before fetchInSequence returns.
// Rejected with: fetchInSequence called back inline
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
  fetchNext(urls[...], bodies: [], api: api, completion: completion)
}

/// Fetches the first of `urls`, then the rest, carrying the bodies so far.
func fetchNext(
  _ urls: ArraySlice<String>,
  bodies: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard let url = urls.first else {
    completion(.success(bodies))
    return
  }
  api.fetch(url) { result in
    switch result {
    case .failure(let error):
      completion(.failure(error))
    case .success(let body):
      fetchNext(
        urls.dropFirst(), bodies: bodies + [body], api: api,
        completion: completion)
    }
  }
}
