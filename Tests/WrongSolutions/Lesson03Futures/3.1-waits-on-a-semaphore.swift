// Exercise 3.1, wrong: waits for the future's result on a
// DispatchSemaphore, which blocks the loop's thread: the callback that
// would signal it can never run.
// Rejected with: did not finish
import Dispatch
import Synchronization

extension Future {
  /// Exercise 3.1: a future of this future's value, or, if this future
  /// fails, of `fallback(error)`.
  public func recover(
    _ fallback: @escaping @Sendable (any Error) -> Value
  ) -> Future<Value> {
    let completed = DispatchSemaphore(value: 0)
    let outcome = Mutex<Result<Value, any Error>?>(nil)
    whenComplete { result in
      outcome.withLock { $0 = result }
      completed.signal()
    }
    completed.wait()
    let (recovered, promise) = Future.make(on: loop)
    switch outcome.withLock({ $0 }) {
    case .success(let value): promise.completeIfPending(.success(value))
    case .failure(let error):
      promise.completeIfPending(.success(fallback(error)))
    case nil: break
    }
    return recovered
  }
}
