// Exercise 2.2, wrong: sends every request at once and puts the bodies
// in order at the end, instead of waiting for each answer before the next.
// Rejected with: one request at a time
/// Exercise 2.2: fetch the URLs in `urls` one after another, each once the
/// one before has answered. Call `completion` once: with every body in
/// order, or with the first error as soon as it arrives (and send no
/// request after it). With no URLs, call back with `[]`, from the loop.
/// Keep the state in each call: two calls at once must not mix.
public func fetchInSequence(
  _ urls: [String],
  api: RemoteAPI,
  on loop: EventLoop,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard !urls.isEmpty else {
    loop.callSoon { completion(.success([])) }
    return
  }
  let state = Mutex(
    (
      bodies: [String?](repeating: nil, count: urls.count), missing: urls.count,
      failed: false
    ))
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      let outcome = state.withLock { state -> Result<[String], APIError>? in
        guard !state.failed else { return nil }
        switch result {
        case .failure(let error):
          state.failed = true
          return .failure(error)
        case .success(let body):
          state.bodies[index] = body
          state.missing -= 1
          return state.missing == 0
            ? .success(state.bodies.compactMap { $0 }) : nil
        }
      }
      if let outcome { completion(outcome) }
    }
  }
}
