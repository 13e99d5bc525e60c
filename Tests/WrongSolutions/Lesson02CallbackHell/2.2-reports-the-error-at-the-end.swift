// Exercise 2.2, wrong: remembers the first error but fetches every URL
// anyway, and reports the error only at the end.
// Rejected with: report the error as soon as it arrives
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
  fetchNext(
    urls[...], bodies: [], firstError: nil, api: api, completion: completion)
}

/// Fetches the first of `urls`, then the rest, carrying the bodies so far
/// and the first error, if any.
func fetchNext(
  _ urls: ArraySlice<String>,
  bodies: [String],
  firstError: APIError?,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard let url = urls.first else {
    if let firstError {
      completion(.failure(firstError))
    } else {
      completion(.success(bodies))
    }
    return
  }
  api.fetch(url) { result in
    var bodies = bodies
    var firstError = firstError
    switch result {
    case .failure(let error): firstError = firstError ?? error
    case .success(let body): bodies.append(body)
    }
    fetchNext(
      urls.dropFirst(), bodies: bodies, firstError: firstError, api: api,
      completion: completion)
  }
}
