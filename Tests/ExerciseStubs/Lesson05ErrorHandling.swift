// Chapter 5 exercises: error handling. Run `make exercise-5` to check them.
// Each exercise is explained in Lessons/05-error-handling.md.

import CourseKit

// MARK: - Types the exercises use

/// How one operation of `gatherSettled` ended.
public enum Settled<Value: Sendable>: Sendable {
  /// It returned `Value`.
  case success(Value)
  /// It threw an error other than `CancellationError`.
  case failure(any Error)
  /// It threw `CancellationError`.
  case cancelled
}

/// What `pollUntilReady` throws when every check said "not yet".
public struct StillNotReady: Error, Equatable {
  /// How many checks were made.
  public let checks: Int

  /// Creates the error for `checks` checks.
  public init(checks: Int) {
    self.checks = checks
  }
}

// MARK: - Exercise 5.1

/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  // TODO: replace this body. Start from `gatherResults`:
  // Lessons/05-error-handling.md#return_exceptionstrue-a-result-for-each
  Exercise.notYetImplemented(
    "5.1",
    see: "Lessons/05-error-handling.md#exercise-51-every-outcome-in-order"
  )
  return []
}

// MARK: - Exercise 5.2

/// Exercise 5.2: fetch `url`. If it has not answered after `delay`, fetch
/// `backup` too, and return the first body either request answers with,
/// cancelling the other request. A request that fails does not end the
/// call while the other can still answer: if `url` fails before `delay`,
/// start `backup` at once. If both fail, throw the error of the one that
/// failed last (of two at the same instant, either). If the task is
/// cancelled, throw `CancellationError` at once, and start no backup.
public func fetchHedged(
  _ url: String,
  backup: String,
  after delay: Duration,
  api: RemoteAPI,
  clock: some Clock<Duration>
) async throws -> String {
  // TODO: replace this body. The race of `withTimeout`, with a timer that
  // starts the backup instead of throwing:
  // Lessons/05-error-handling.md#timeouts
  Exercise.notYetImplemented(
    "5.2",
    see: "Lessons/05-error-handling.md#exercise-52-a-backup-request"
  )
  return ""
}

// MARK: - Exercise 5.3

/// Exercise 5.3: call `isReady` until it returns true, at most `checks`
/// times (at least once): the first time at once, then `interval` after
/// each call ends. Return how many calls it took. A call that throws
/// counts as "not yet", but one that throws `CancellationError` ends the
/// poll with it. After `checks` calls without a true, throw
/// `StillNotReady` at once. If the task is cancelled, throw
/// `CancellationError` at once (even after the last call), and call
/// `isReady` no more; a call under way that still answers true wins.
nonisolated(nonsending) public func pollUntilReady(
  checks: Int,
  every interval: Duration,
  clock: some Clock<Duration>,
  _ isReady: () async throws -> Bool
) async throws -> Int {
  // TODO: replace this body. Mind the two bugs of
  // Lessons/05-error-handling.md#cancellation-is-cooperative
  Exercise.notYetImplemented(
    "5.3",
    see: "Lessons/05-error-handling.md#exercise-53-poll-until-ready"
  )
  return 0
}
