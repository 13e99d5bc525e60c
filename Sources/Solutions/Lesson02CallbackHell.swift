// Chapter 2 reference solutions. Same API as Sources/Exercises.

import CourseKit
import Synchronization

// MARK: - Exercise 2.1

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
  let gathering = Gathering(count: urls.count)
  for (index, url) in urls.enumerated() {
    api.fetch(url) { result in
      if let all = gathering.store(result, at: index) { completion(all) }
    }
  }
}

/// One slot per request, and a count of the answers still missing.
final class Gathering: Sendable {
  private struct State {
    var results: [Result<String, APIError>?]
    var missing: Int
  }

  private let state: Mutex<State>

  init(count: Int) {
    state = Mutex(
      State(results: Array(repeating: nil, count: count), missing: count))
  }

  /// Stores `result` in its slot; returns every result once the last one
  /// has arrived, and nil before that.
  func store(_ result: Result<String, APIError>, at index: Int)
    -> [Result<String, APIError>]?
  {
    state.withLock { state in
      state.results[index] = result
      state.missing -= 1
      return state.missing == 0 ? state.results.compactMap { $0 } : nil
    }
  }
}

// MARK: - Exercise 2.2

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
  fetchNext(urls[...], bodies: [], api: api, completion: completion)
}

/// Fetches the first of `urls`, then the rest, carrying the bodies so far.
func fetchNext(
  _ urls: ArraySlice<String>,
  bodies: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<[String], APIError>) -> Void
) {
  guard let url = urls.first else {
    completion(.success(bodies))
    return
  }
  api.fetch(url) { result in
    switch result {
    case .failure(let error):
      completion(.failure(error))
    case .success(let body):
      fetchNext(
        urls.dropFirst(),
        bodies: bodies + [body],
        api: api,
        completion: completion
      )
    }
  }
}

// MARK: - Exercise 2.3

/// Exercise 2.3: ask every mirror in `mirrors` (at least one) at once, and
/// call `completion` exactly once: with the first successful answer, or,
/// if every mirror fails, with the last failure once they all have. Keep
/// the state in each call: two races at once must not mix.
public func fetchFirst(
  from mirrors: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable (Result<String, APIError>) -> Void
) {
  let race = Race(mirrors: mirrors.count)
  for mirror in mirrors {
    api.fetch(mirror) { result in
      if race.shouldDeliver(result) { completion(result) }
    }
  }
}

/// Decides which answer of a race is delivered: the first success, or the
/// last failure when all have failed. Exactly one answer is delivered.
final class Race: Sendable {
  private struct State {
    var failuresLeft: Int
    var delivered = false
  }

  private let state: Mutex<State>

  init(mirrors: Int) {
    state = Mutex(State(failuresLeft: mirrors))
  }

  func shouldDeliver(_ result: Result<String, APIError>) -> Bool {
    state.withLock { state in
      guard !state.delivered else { return false }
      if case .failure = result {
        state.failuresLeft -= 1
        guard state.failuresLeft == 0 else { return false }
      }
      state.delivered = true
      return true
    }
  }
}
