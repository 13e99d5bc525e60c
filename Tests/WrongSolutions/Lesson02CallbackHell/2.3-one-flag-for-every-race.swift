// Exercise 2.3, wrong: keeps the race's state in one global Mutex, so a
// race that ends leaves it set, and another race at the same time is never
// answered.
// Rejected with: two fetchFirst calls at once must each deliver their own
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  raceState.withLock { $0 = (delivered: false, failuresLeft: mirrors.count) }
  for mirror in mirrors {
    api.fetch(mirror) { result in
      let deliver = raceState.withLock { state in
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

/// Whether the race has delivered, and how many failures it still awaits.
let raceState = Mutex((delivered: false, failuresLeft: 0))
