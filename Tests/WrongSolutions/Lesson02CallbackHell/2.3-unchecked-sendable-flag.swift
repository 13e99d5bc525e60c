// Exercise 2.3, wrong: keeps the race's state in a class marked
// @unchecked Sendable, with no lock: a data race the compiler was told to
// ignore.
// Rejected with: silences Swift's data-race checks
/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  let race = RaceFlag(failuresLeft: mirrors.count)
  for mirror in mirrors {
    api.fetch(mirror) { result in
      guard !race.delivered else { return }
      if case .failure = result {
        race.failuresLeft -= 1
        guard race.failuresLeft == 0 else { return }
      }
      race.delivered = true
      completion(result)
    }
  }
}

/// Whether the race has delivered, and how many failures it still awaits.
final class RaceFlag: @unchecked Sendable {
  var delivered = false
  var failuresLeft: Int

  init(failuresLeft: Int) {
    self.failuresLeft = failuresLeft
  }
}
