// Chapter 3 reference solutions. Same API as Sources/Exercises.

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
    let (recovered, promise) = Future.make(on: loop)
    whenComplete { result in
      switch result {
      case .success(let value): promise.completeIfPending(.success(value))
      case .failure(let error):
        promise.completeIfPending(.success(fallback(error)))
      }
    }
    return recovered
  }
}

// MARK: - Exercise 3.2

extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    let timer = loop.callLater(after: limit) {
      promise.completeIfPending(.failure(TimedOut(after: limit)))
    }
    whenComplete { result in
      // The first to finish wins; cancel the timer so nothing waits for it.
      if promise.completeIfPending(result) { timer.cancel() }
    }
    return limited
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
    Future<Result<Value, any Error>>.all(
      futures.map { future in
        // A future that never fails: its value is the result.
        let (settled, promise) = Future<Result<Value, any Error>>.make(
          on: loop
        )
        future.whenComplete { promise.completeIfPending(.success($0)) }
        return settled
      },
      on: loop
    )
  }
}
