import CourseKit
import Synchronization

/// A result that is not there yet, as a value you can hold.
///
/// A completion handler is a function you hand over and lose control of:
/// the code you gave it to may call it inline, twice, or never (chapters 1
/// and 2), and every step of a chain nests one level deeper. A future turns
/// the pending result into a value instead. You can keep it, pass it on,
/// attach callbacks to it, and chain and combine it; it completes exactly
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
    let done = state.withLock { state -> Result<Value, any Error>? in
      switch state {
      case .pending(let callbacks):
        state = .pending(callbacks + [callback])
        return nil
      case .complete(let result):
        return result
      }
    }
    if let done { loop.callSoon { callback(done) } }
  }

  /// Completes the future, unless it is complete already; returns whether
  /// it did. Its callbacks are scheduled on the loop, in order.
  func complete(_ result: Result<Value, any Error>) -> Bool {
    let waiting = state.withLock { state -> [Callback]? in
      guard case .pending(let callbacks) = state else { return nil }
      state = .complete(result)
      return callbacks
    }
    guard let waiting else { return false }
    for callback in waiting { loop.callSoon { callback(result) } }
    return true
  }
}
