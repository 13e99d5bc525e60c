// Exercise 6.3, wrong: makes one AsyncStream and hands it to every
// subscriber. A stream has one buffer, and each element goes to one of the
// loops waiting on it, so the subscribers share the elements out instead
// of each getting all of them.
// Rejected with: not share them out
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
  /// How many unread elements each subscriber's stream keeps.
  public let limit: Int
  private let stream: AsyncStream<Element>
  private let continuation: AsyncStream<Element>.Continuation
  private let count = Mutex(0)

  /// A broadcast whose subscribers each buffer up to `limit` elements.
  public init(limit: Int) {
    self.limit = limit
    (stream, continuation) = AsyncStream.makeStream(
      of: Element.self, bufferingPolicy: .bufferingNewest(limit))
  }

  /// How many subscribers are listening.
  public var subscribers: Int {
    count.withLock { $0 }
  }

  /// A new subscriber's stream.
  public func subscribe() -> AsyncStream<Element> {
    count.withLock { $0 += 1 }
    return stream
  }

  /// Sends `element` to every subscriber.
  public func send(_ element: Element) {
    continuation.yield(element)
  }

  /// Finishes every subscriber's stream.
  public func finish() {
    continuation.finish()
  }
}
