// Chapter 5 reference solutions. Same API as Sources/Exercises.

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
  await withTaskGroup(of: (Int, Settled<Value>).self) { group in
    for (index, operation) in operations.enumerated() {
      group.addTask {
        do {
          return (index, .success(try await operation()))
        } catch is CancellationError {
          // Asked to stop, which is not the operation failing.
          return (index, .cancelled)
        } catch {
          return (index, .failure(error))
        }
      }
    }
    // Children end in any order; the index puts each outcome in its place.
    var outcomes = [Settled<Value>?](repeating: nil, count: operations.count)
    for await (index, outcome) in group {
      outcomes[index] = outcome
    }
    return outcomes.map { $0! }
  }
}

// MARK: - Exercise 5.2

/// What a child of `fetchHedged`'s race reports. (A generic function
/// cannot have a type nested in it.)
private enum HedgeEvent: Sendable {
  case hedgeTime
  case answered(String)
  case failed(any Error)
}

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
  // A request that reports its failure instead of throwing it, so that one
  // failure does not end the group while the other request can answer.
  @Sendable func request(_ url: String) async -> HedgeEvent {
    do {
      return .answered(try await api.fetch(url))
    } catch {
      return .failed(error)
    }
  }
  // Starts the backup request, unless the task is cancelled (it may be,
  // at the very instant the timer fires): then it throws.
  func startBackup(
    in group: inout ThrowingTaskGroup<HedgeEvent, any Error>
  ) throws {
    guard group.addTaskUnlessCancelled(operation: { await request(backup) })
    else { throw CancellationError() }
  }
  return try await withThrowingTaskGroup(of: HedgeEvent.self) { group in
    group.addTask { await request(url) }
    group.addTask {
      // If the task is cancelled, this throws, and so does the call.
      try await clock.sleep(for: delay)
      return .hedgeTime
    }
    var backupStarted = false
    var inFlight = 1
    while let event = try await group.next() {
      switch event {
      case .answered(let body):
        // The first body wins: stop the other request and the timer.
        group.cancelAll()
        return body
      case .hedgeTime:
        if !backupStarted {
          backupStarted = true
          inFlight += 1
          try startBackup(in: &group)
        }
      case .failed(let error):
        // Cancelled with the caller, which is not a failure: stop.
        if error is CancellationError { throw error }
        inFlight -= 1
        if !backupStarted {
          // No reason to wait for the timer: the backup is the only hope.
          backupStarted = true
          inFlight += 1
          try startBackup(in: &group)
        } else if inFlight == 0 {
          // Both failed; leaving the group by throwing cancels the timer.
          throw error
        }
      }
    }
    // Not reached: each request reports once, and when the last one has
    // failed, the loop throws before the group runs dry.
    throw CancellationError()
  }
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
  let checks = max(checks, 1)
  for check in 1...checks {
    // A cancellation during the last call must not become StillNotReady.
    try Task.checkCancellation()
    do {
      if try await isReady() { return check }
    } catch let error as CancellationError {
      throw error
    } catch {
      // A failed check is a "not yet".
    }
    if check < checks {
      // `try`, never `try?`: a cancelled sleep throws, and ends the loop.
      try await clock.sleep(for: interval)
    }
  }
  try Task.checkCancellation()
  throw StillNotReady(checks: checks)
}
