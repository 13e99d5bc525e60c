// Exercise 6.2, wrong: the lesson's channel moved into a Mutex, with its
// one `waitingSender` slot. That is enough for one producer; with several,
// the second sender to wait overwrites the first one's continuation, and
// the first is never resumed: it waits forever.
// Rejected with: makes room for the sender that has waited longest
/// Exercise 6.2: a channel for any number of producers and one consumer
/// that holds at most `capacity` elements, and makes producers wait for
/// space: backpressure.
///
/// - `send(_:)` hands the element to the consumer if it is waiting, or
///   puts it in the buffer if there is room, and returns. If the buffer is
///   full, it waits; waiting senders get space in the order they came.
/// - A sender whose task is cancelled while it waits throws
///   `CancellationError` at once, sends nothing, and gives its place to
///   the next. `send` in a task that is already cancelled throws at once.
/// - `finish()` ends the channel: the consumer gets what is buffered,
///   then nil; senders still waiting, and any later `send`, throw
///   `ChannelFinished`.
/// - `next()` waits for an element; with it, `for await x in channel`.
public final class BoundedChannel<Element: Sendable>: AsyncSequence, Sendable {
  private struct State {
    var buffer: [Element] = []
    var finished = false
    var waitingSender: CheckedContinuation<Void, Never>?
    var waitingReceiver: CheckedContinuation<Element?, Never>?
  }

  /// How many elements the buffer holds at most.
  public let capacity: Int
  private let state = Mutex(State())

  /// A channel that buffers up to `capacity` elements, at least one.
  public init(capacity: Int) {
    self.capacity = Swift.max(capacity, 1)
  }

  /// Sends `element`, waiting while the buffer is full.
  public func send(_ element: Element) async throws {
    try Task.checkCancellation()
    while state.withLock({ $0.buffer.count >= capacity && !$0.finished }) {
      await withCheckedContinuation { continuation in
        state.withLock { $0.waitingSender = continuation }
      }
    }
    let receiver = try state.withLock {
      state throws -> CheckedContinuation<Element?, Never>? in
      if state.finished { throw ChannelFinished() }
      if let receiver = state.waitingReceiver {
        state.waitingReceiver = nil
        return receiver
      }
      state.buffer.append(element)
      return nil
    }
    receiver?.resume(returning: element)
  }

  /// Ends the channel: no more elements.
  public func finish() {
    let (sender, receiver) = state.withLock { state in
      state.finished = true
      defer {
        state.waitingSender = nil
        state.waitingReceiver = nil
      }
      return (state.waitingSender, state.waitingReceiver)
    }
    sender?.resume()
    receiver?.resume(returning: nil)
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    await withCheckedContinuation { continuation in
      let taken: (Element?, CheckedContinuation<Void, Never>?)? =
        state.withLock { state in
          if state.buffer.isEmpty {
            if state.finished { return (nil, nil) }
            state.waitingReceiver = continuation
            return nil
          }
          let element = state.buffer.removeFirst()
          defer { state.waitingSender = nil }
          return (element, state.waitingSender)
        }
      guard let (element, sender) = taken else { return }
      sender?.resume()
      continuation.resume(returning: element)
    }
  }

  /// An iterator that calls ``next()``.
  public func makeAsyncIterator() -> Iterator {
    Iterator(channel: self)
  }

  /// `for await element in channel`.
  public struct Iterator: AsyncIteratorProtocol {
    let channel: BoundedChannel

    /// The channel's next element.
    public func next() async -> Element? {
      await channel.next()
    }
  }
}
