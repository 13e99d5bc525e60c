import CourseKit
import Synchronization

extension Future {
  /// A future of every value, in the order of `futures`, once all have
  /// succeeded; or of the first failure, as soon as there is one. This is
  /// asyncio's `gather`. With no futures, it succeeds with `[]`, on `loop`.
  public static func all(
    _ futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<[Value]> {
    let (all, promise) = Future<[Value]>.make(on: loop)
    let slots = Slots<Value>(count: futures.count)
    if futures.isEmpty { promise.completeIfPending(.success([])) }
    for (index, future) in futures.enumerated() {
      future.whenComplete { result in
        switch result {
        case .success(let value):
          if let values = slots.fill(index, with: value) {
            promise.completeIfPending(.success(values))
          }
        case .failure(let error):
          promise.completeIfPending(.failure(error))
        }
      }
    }
    return all
  }

  /// A future of whichever of `futures` completes first, with its value or
  /// its error. The others go on, and their results are ignored. With no
  /// futures, it never completes.
  public static func first(
    of futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<Value> {
    let (first, promise) = Future<Value>.make(on: loop)
    for future in futures {
      future.whenComplete { promise.completeIfPending($0) }
    }
    return first
  }
}

/// One slot per future, filled as values arrive in any order.
final class Slots<Value: Sendable>: Sendable {
  private struct State {
    var values: [Value?]
    var missing: Int
  }

  private let state: Mutex<State>

  init(count: Int) {
    state = Mutex(
      State(values: Array(repeating: nil, count: count), missing: count)
    )
  }

  /// Fills slot `index`; returns every value once the last slot is filled.
  func fill(_ index: Int, with value: Value) -> [Value]? {
    state.withLock { state in
      state.values[index] = value
      state.missing -= 1
      return state.missing == 0 ? state.values.compactMap { $0 } : nil
    }
  }
}
