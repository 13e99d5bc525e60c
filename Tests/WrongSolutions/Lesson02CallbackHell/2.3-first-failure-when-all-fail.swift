// Exercise 2.3, wrong: keeps the first failure and delivers it when all
// have failed, instead of the last one to arrive.
// Rejected with: the last failure to arrive
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  let state = Mutex(
    (delivered: false, failures: [APIError](), mirrors: mirrors.count))
  for mirror in mirrors {
    api.fetch(mirror) { result in
      let answer = state.withLock { state -> Result<String, APIError>? in
        guard !state.delivered else { return nil }
        switch result {
        case .success:
          state.delivered = true
          return result
        case .failure(let error):
          state.failures.append(error)
          guard state.failures.count == state.mirrors else { return nil }
          state.delivered = true
          return .failure(state.failures[0])
        }
      }
      if let answer { completion(answer) }
    }
  }
}
