// Exercise 2.3, wrong: tries the mirrors one after another, falling back
// to the next only when one fails, instead of asking them all at once.
// Rejected with: ask every mirror at once
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  tryMirrors(mirrors[...], api: api, completion: completion)
}

/// Asks the first of `mirrors`; if it fails, tries the rest.
func tryMirrors(
  _ mirrors: ArraySlice<String>,
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  guard let mirror = mirrors.first else { return }
  api.fetch(mirror) { result in
    if case .failure = result, mirrors.count > 1 {
      tryMirrors(mirrors.dropFirst(), api: api, completion: completion)
    } else {
      completion(result)
    }
  }
}
