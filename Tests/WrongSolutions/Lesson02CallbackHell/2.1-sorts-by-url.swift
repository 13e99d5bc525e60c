// Exercise 2.1, wrong: keeps each answer with its URL and sorts them by
// URL at the end, which is the order of the URLs only if they were sorted.
// Rejected with: in the order of the URLs
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
  let answers = Mutex([(url: String, result: Result<String, APIError>)]())
  for url in urls {
    api.fetch(url) { result in
      let all = answers.withLock { answers -> [Result<String, APIError>]? in
        answers.append((url, result))
        guard answers.count == urls.count else { return nil }
        return answers.sorted { $0.url < $1.url }.map(\.result)
      }
      if let all { completion(all) }
    }
  }
}
