// Exercise 2.3, wrong: waits for three failures, as many as the mirrors of
// the example, whatever the number of mirrors.
// Rejected with: completion must be called exactly once
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  let state = Mutex((delivered: false, failuresLeft: 3))
  for mirror in mirrors {
    api.fetch(mirror) { result in
      let deliver = state.withLock { state in
        guard !state.delivered else { return false }
        if case .failure = result {
          state.failuresLeft -= 1
          guard state.failuresLeft == 0 else { return false }
        }
        state.delivered = true
        return true
      }
      if deliver { completion(result) }
    }
  }
}
