// Exercise 6.3, wrong: finish() finishes the streams it has and forgets
// them, but does not remember that the broadcast is finished. A subscriber
// that comes afterwards gets a stream that nothing will ever finish, and
// its loop waits forever.
// Rejected with: a stream made after finish() must be finished already
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
    var continuations: [Int: AsyncStream<Element>.Continuation] = [:]
    var nextID = 0
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
    let id: Int? = state.withLock { state in
      guard !state.finished else { return nil }
      defer { state.nextID += 1 }
      state.continuations[state.nextID] = continuation
      return state.nextID
    }
    guard let id else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.continuations.removeValue(forKey: id) }
    }
    return stream
  }

  /// Sends `element` to every subscriber.
  public func send(_ element: Element) {
    let continuations = state.withLock { Array($0.continuations.values) }
    for continuation in continuations {
      continuation.yield(element)
    }
  }

  /// Finishes every subscriber's stream.
  public func finish() {
    let continuations = state.withLock { state in
      defer { state.continuations = [:] }
      return Array(state.continuations.values)
    }
    for continuation in continuations {
      continuation.finish()
    }
  }
}
