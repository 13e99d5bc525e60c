// Exercise 2.2, wrong: makes each request synchronous by waiting for its
// answer on a DispatchSemaphore, which blocks the loop's thread that would
// deliver the answer.
// Rejected with: did not finish
import Dispatch

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
  var bodies: [String] = []
  for url in urls {
    let answered = DispatchSemaphore(value: 0)
    let answer = Mutex<Result<String, APIError>?>(nil)
    api.fetch(url) { result in
      answer.withLock { $0 = result }
      answered.signal()
    }
    answered.wait()
    switch answer.withLock({ $0 }) {
    case .success(let body):
      bodies.append(body)
    case .failure(let error):
      completion(.failure(error))
      return
    case nil:
      return
    }
  }
  completion(.success(bodies))
}
