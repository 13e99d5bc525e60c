// Exercise 2.3, wrong: waits only for a success, so when every mirror
// fails, completion is never called.
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
  let answered = Mutex(false)
  for mirror in mirrors {
    api.fetch(mirror) { result in
      guard case .success = result else { return }
      let first = answered.withLock { answered in
        defer { answered = true }
        return !answered
      }
      if first { completion(result) }
    }
  }
}
