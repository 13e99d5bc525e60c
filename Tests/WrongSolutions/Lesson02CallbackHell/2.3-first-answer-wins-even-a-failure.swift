// Exercise 2.3, wrong: delivers the first answer to arrive, even when it
// is a failure and another mirror could still succeed.
// Rejected with: a failure does not win while a mirror may succeed
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
      let first = answered.withLock { answered in
        defer { answered = true }
        return !answered
      }
      if first { completion(result) }
    }
  }
}
