// Chapter 3 exercises: futures. Run `make exercise-3` to check them.
// Each exercise is explained in Lessons/03-futures.md.

import CourseKit
import Futures

// MARK: - Types the exercises use

/// The error of a future that did not complete in time.
public struct TimedOut: Error, Equatable {
  /// The time limit that ran out.
  public let after: Duration

  /// Creates the error for a limit of `after`.
  public init(after: Duration) {
    self.after = after
  }
}

// MARK: - Exercise 3.1

extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    // TODO: replace this body. A failure becomes a value; a success
    // passes through. Chaining: Lessons/03-futures.md#the-pyramid-flattened
    Exercise.notYetImplemented(
      "3.1",
      see: "Lessons/03-futures.md#exercise-31-recover-from-a-failure"
    )
    return self
  }
}

// MARK: - Exercise 3.2

extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    // TODO: replace this body. The first to finish wins: the future, or a
    // timer, as in Lessons/02-callback-hell.md#called-twice-or-never
    Exercise.notYetImplemented(
      "3.2",
      see: "Lessons/03-futures.md#exercise-32-a-timeout"
    )
    return self
  }
}

// MARK: - Exercise 3.3

extension Future {
  /// Exercise 3.3: a future of every result of `futures`, successes and
  /// failures, in the order of `futures`, once all are complete. It never
  /// fails: this is asyncio's `gather(..., return_exceptions=True)`. Keep
  /// the state in each call: two at once must not mix.
  public static func allSettled(
    _ futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<[Result<Value, any Error>]> {
    // TODO: replace this body. Like all(_:on:), but a failure is a result
    // too: Lessons/03-futures.md#all-of-them-or-the-first
    Exercise.notYetImplemented(
      "3.3",
      see: "Lessons/03-futures.md#exercise-33-every-result-settled"
    )
    return Future<[Result<Value, any Error>]>.make(on: loop).0
  }
}
