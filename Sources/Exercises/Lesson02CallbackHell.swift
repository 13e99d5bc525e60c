// Chapter 2 exercises: callback hell. Run `make exercise-2` to check them.
// Each exercise is explained in Lessons/02-callback-hell.md.

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
  // TODO: replace this body with your code.
  // See Lessons/02-callback-hell.md#exercise-21-all-at-once-in-order
  Exercise.notYetImplemented(
    "2.1",
    see: "Lessons/02-callback-hell.md#exercise-21-all-at-once-in-order"
  )
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
  // TODO: replace this body with your code.
  // See Lessons/02-callback-hell.md#exercise-22-one-after-another
  Exercise.notYetImplemented(
    "2.2",
    see: "Lessons/02-callback-hell.md#exercise-22-one-after-another"
  )
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
  // TODO: replace this body with your code.
  // See Lessons/02-callback-hell.md#exercise-23-the-first-mirror-wins
  Exercise.notYetImplemented(
    "2.3",
    see: "Lessons/02-callback-hell.md#exercise-23-the-first-mirror-wins"
  )
}
