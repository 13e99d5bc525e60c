// Exercise 3.3, wrong: waits for every future with a DispatchGroup, which
// blocks the loop's thread: the callbacks that would leave the group can
// never run.
// Rejected with: did not finish
import Dispatch
import Synchronization

extension Future {
  /// Exercise 3.3: a future of every result of `futures`, successes and
  /// failures, in the order of `futures`, once all are complete. It never
  /// fails: this is asyncio's `gather(..., return_exceptions=True)`. Keep
  /// the state in each call: two at once must not mix.
  public static func allSettled(
    _ futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<[Result<Value, any Error>]> {
    let group = DispatchGroup()
    let slots = Mutex(
      [Result<Value, any Error>?](repeating: nil, count: futures.count))
    for (index, future) in futures.enumerated() {
      group.enter()
      future.whenComplete { result in
        slots.withLock { $0[index] = result }
        group.leave()
      }
    }
    group.wait()
    let (settled, promise) = Future<[Result<Value, any Error>]>.make(
      on: loop)
    promise.completeIfPending(
      .success(slots.withLock { $0.compactMap { $0 } }))
    return settled
  }
}
