// Exercise 2.3, wrong: delivers every successful answer, not only the
// first, so completion runs once per mirror that succeeds.
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
  let failuresLeft = Mutex(mirrors.count)
  for mirror in mirrors {
    api.fetch(mirror) { result in
      switch result {
      case .success:
        completion(result)
      case .failure:
        let last = failuresLeft.withLock { left in
          left -= 1
          return left == 0
        }
        if last { completion(result) }
      }
    }
  }
}
