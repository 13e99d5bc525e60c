// Exercise 2.1, wrong: keeps the slots in a class marked @unchecked
// Sendable, with no lock: a data race the compiler was told to ignore.
// Rejected with: silences Swift's data-race checks
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
  let slots = Slots(count: urls.count)
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      slots.results[index] = result
      slots.missing -= 1
      if slots.missing == 0 { completion(slots.results.compactMap { $0 }) }
    }
  }
}

/// One slot per URL, and how many answers are missing.
final class Slots: @unchecked Sendable {
  var results: [Result<String, APIError>?]
  var missing: Int

  init(count: Int) {
    results = Array(repeating: nil, count: count)
    missing = count
  }
}
