// Exercise 2.1, wrong: keeps the slots in one global Mutex, reset by each
// call, so two calls at once overwrite each other's results.
// Rejected with: two fetchAll calls at once must each get their own results
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
  gathered.withLock {
    $0 = (Array(repeating: nil, count: urls.count), urls.count)
  }
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      let all = gathered.withLock { state -> [Result<String, APIError>]? in
        state.results[index] = result
        state.missing -= 1
        return state.missing == 0 ? state.results.compactMap { $0 } : nil
      }
      if let all { completion(all) }
    }
  }
}

/// The results so far, one slot per URL, and how many are missing.
let gathered = Mutex(
  (results: [Result<String, APIError>?](), missing: 0))
