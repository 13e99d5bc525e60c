// Exercise 2.3, wrong: collects every answer and only then picks the first
// success, so a fast mirror's answer waits for the slowest mirror.
// Rejected with: deliver the first success as soon as it arrives
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  let answers = Mutex([Result<String, APIError>]())
  for mirror in mirrors {
    api.fetch(mirror) { result in
      let all = answers.withLock { answers -> [Result<String, APIError>]? in
        answers.append(result)
        return answers.count == mirrors.count ? answers : nil
      }
      guard let all else { return }
      let success = all.first { (try? $0.get()) != nil }
      completion(success ?? all[all.count - 1])
    }
  }
}
