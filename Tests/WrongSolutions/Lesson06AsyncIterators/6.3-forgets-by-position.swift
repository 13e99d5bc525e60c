// Exercise 6.3, wrong: keeps the continuations in an array, and has each
// stream's onTermination remove the one at the position where it was
// added (if there is still one there). Removing one moves every later
// subscriber down by one, so a later removal takes the wrong subscriber,
// or none: after finish(), with two subscribers, the first removal leaves
// the second at position 0, and its own removal, at position 1, finds
// nothing. It stays counted forever.
// Rejected with: must be forgotten
/// Exercise 6.3: one producer, any number of consumers, and every consumer
/// gets every element: a broadcast, which AsyncStream alone cannot do.
///
/// - `subscribe()` returns a new stream, which gets every element sent
///   after it was made, in order. Each subscriber's stream keeps up to
///   `limit` elements it has not read, and drops the oldest beyond that.
/// - `finish()` finishes every subscriber's stream, after what it has
///   buffered; a stream made after `finish()` is already finished.
/// - A subscriber whose stream terminates (its consumer's task cancelled,
///   or the stream dropped) is forgotten: `send` no longer yields to it,
///   and `subscribers` no longer counts it.
public final class Broadcast<Element: Sendable>: Sendable {
  private struct State {
    var continuations: [AsyncStream<Element>.Continuation] = []
    var finished = false
  }

  /// How many unread elements each subscriber's stream keeps.
  public let limit: Int
  private let state = Mutex(State())

  /// A broadcast whose subscribers each buffer up to `limit` elements.
  public init(limit: Int) {
    self.limit = limit
  }

  /// How many subscribers are listening.
  public var subscribers: Int {
    state.withLock { $0.continuations.count }
  }

  /// A new subscriber's stream.
  public func subscribe() -> AsyncStream<Element> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: Element.self, bufferingPolicy: .bufferingNewest(limit))
    // Where this subscriber goes in the list.
    let index: Int? = state.withLock { state in
      guard !state.finished else { return nil }
      state.continuations.append(continuation)
      return state.continuations.count - 1
    }
    guard let index else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in
      self?.state.withLock { state in
        if index < state.continuations.count {
          state.continuations.remove(at: index)
        }
      }
    }
    return stream
  }

  /// Sends `element` to every subscriber.
  public func send(_ element: Element) {
    let continuations = state.withLock { $0.continuations }
    for continuation in continuations {
      continuation.yield(element)
    }
  }

  /// Finishes every subscriber's stream.
  public func finish() {
    let continuations = state.withLock { state in
      state.finished = true
      return state.continuations
    }
    for continuation in continuations {
      continuation.finish()
    }
  }
}
