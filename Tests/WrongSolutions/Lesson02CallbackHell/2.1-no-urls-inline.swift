// Exercise 2.1, wrong: answers an empty list at once, inline, before
// fetchAll returns.
// Rejected with: fetchAll called back inline
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
    completion([])
    return
  }
  let state = Mutex(
    (
      results: [Result<String, APIError>?](repeating: nil, count: urls.count),
      missing: urls.count
    ))
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      let all = state.withLock { state -> [Result<String, APIError>]? in
        state.results[index] = result
        state.missing -= 1
        return state.missing == 0 ? state.results.compactMap { $0 } : nil
      }
      if let all { completion(all) }
    }
  }
}
