// Exercise 2.1, wrong: calls completion right after sending the requests,
// when no answer has arrived yet, as if fetch waited for its answer.
// Rejected with: fetchAll called back before the answers arrived
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
  let results = Mutex(
    [Result<String, APIError>?](repeating: nil, count: urls.count))
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      results.withLock { $0[index] = result }
    }
  }
  completion(results.withLock { $0.compactMap { $0 } })
}
