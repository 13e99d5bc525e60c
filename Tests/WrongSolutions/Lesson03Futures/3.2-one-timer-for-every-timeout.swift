// Exercise 3.2, wrong: keeps the timer in one global Mutex, so a second
// timeout replaces the first one's timer, and the first cancels the
// wrong one.
// Rejected with: keep the timer in the call
import Synchronization

extension Future {
  /// Exercise 3.2: a future of this future's result if it completes within
  /// `limit` of this call, on the loop's clock; otherwise one that fails
  /// with `TimedOut(after: limit)` when the limit runs out. Either way,
  /// nothing is left scheduled once it has completed.
  public func timeout(after limit: Duration) -> Future<Value> {
    let (limited, promise) = Future.make(on: loop)
    pendingTimer.withLock { timer in
      timer = loop.callLater(after: limit) {
        promise.completeIfPending(.failure(TimedOut(after: limit)))
      }
    }
    whenComplete { result in
      if promise.completeIfPending(result) {
        pendingTimer.withLock { $0?.cancel() }
      }
    }
    return limited
  }
}

/// The timer of the timeout, to cancel when the future wins.
let pendingTimer = Mutex<TimerHandle?>(nil)
