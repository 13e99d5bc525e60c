// Exercise 2.1, wrong: fetches the URLs one after another, each once the
// one before has answered, so the whole takes the sum of the latencies.
// Rejected with: send all requests at once
/// Exercise 2.1: fetch every URL in `urls` at once, and call `completion`
/// exactly once, after the last answer, with one result per URL in the
/// order of `urls`. With no URLs, call back with `[]`, from the loop.
/// Keep the state in each call: two calls at once must not mix.
public func fetchAll(
  _ urls: [String],
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable ([Result<String, APIError>]) -> Void
) {
  guard !urls.isEmpty else {
    loop.callSoon { completion([]) }
    return
  }
  fetchRest(urls[...], results: [], api: api, completion: completion)
}

/// Fetches the first of `urls`, then the rest, carrying the results.
func fetchRest(
  _ urls: ArraySlice<String>,
  results: [Result<String, APIError>],
  api: RemoteAPI,
  completion: @escaping @Sendable ([Result<String, APIError>]) -> Void
) {
  guard let url = urls.first else {
    completion(results)
    return
  }
  api.fetch(url) { result in
    fetchRest(
      urls.dropFirst(), results: results + [result], api: api,
      completion: completion)
  }
}
