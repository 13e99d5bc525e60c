import CourseKit
import Synchronization

/// A result that is not there yet, as a value you can hold.
///
/// A completion handler is a function you hand over and lose control of:
/// the code you gave it to may call it inline, twice, or never (chapters 1
/// and 2), and every step of a chain nests one level deeper. A future turns
/// the pending result into a value instead. You can keep it, pass it on,
/// attach callbacks to it, and chain and combine it; it completes at most
/// once; and its callbacks always run on the loop, after the code that is
/// running now.
///
/// ```swift
/// let (future, promise) = Future<String>.make(on: loop)
/// future.whenComplete { result in print(result) }
/// try promise.succeed("done")  // the callback runs on the loop's next turn
/// ```
public final class Future<Value: Sendable>: Sendable {
  /// A callback waiting for the result.
  public typealias Callback = @Sendable (Result<Value, any Error>) -> Void

  private enum State {
    case pending([Callback])
    case complete(Result<Value, any Error>)
  }

  /// The loop that runs this future's callbacks.
  public let loop: EventLoop
  private let state = Mutex(State.pending([]))

  private init(loop: EventLoop) {
    self.loop = loop
  }

  /// Makes a pending future, and the promise that completes it.
  public static func make(on loop: EventLoop) -> (Future, Promise<Value>) {
    let future = Future(loop: loop)
    return (future, Promise(future: future))
  }

  /// The result, if the future is complete.
  public var result: Result<Value, any Error>? {
    state.withLock { state in
      guard case .complete(let result) = state else { return nil }
      return result
    }
  }

  /// Runs `callback` with the result once the future is complete: on the
  /// loop, after the code that is running now, even if the future is
  /// complete already. Callbacks run in the order they were added.
  public func whenComplete(_ callback: @escaping Callback) {
    state.withLock { state in
      switch state {
      case .pending(var callbacks):
        state = .pending([])  // so that appending does not copy the array
        callbacks.append(callback)
        state = .pending(callbacks)
      case .complete(let result):
        loop.callSoon { callback(result) }
      }
    }
  }

  /// Completes the future, unless it is complete already; returns whether
  /// it did. Its callbacks are scheduled on the loop, in order.
  func complete(_ result: Result<Value, any Error>) -> Bool {
    state.withLock { state in
      guard case .pending(let callbacks) = state else { return false }
      state = .complete(result)
      // Scheduled under the lock, so a callback added meanwhile cannot get
      // ahead of these.
      for callback in callbacks { loop.callSoon { callback(result) } }
      return true
    }
  }
}
