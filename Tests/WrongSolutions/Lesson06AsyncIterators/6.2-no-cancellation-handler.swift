// Exercise 6.2, wrong: checks for cancellation once, when send starts, and
// then waits in line with no cancellation handler. A sender cancelled
// while it waits hears nothing: it stays in line until the consumer makes
// room, and then its element is delivered after all.
// Rejected with: a cancelled sender must leave the line
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
  private struct Sender {
    let element: Element
    let continuation: CheckedContinuation<Void, any Error>
  }

  private struct State {
    var buffer: [Element] = []
    var senders: [Sender] = []
    var receiver: CheckedContinuation<Element?, Never>?
    var finished = false
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
    try await withCheckedThrowingContinuation { continuation in
      let outcome: Result<CheckedContinuation<Element?, Never>?, any Error>? =
        state.withLock { state in
          if state.finished { return .failure(ChannelFinished()) }
          if let receiver = state.receiver {
            state.receiver = nil
            return .success(receiver)
          }
          if state.buffer.count < capacity && state.senders.isEmpty {
            state.buffer.append(element)
            return .success(nil)
          }
          state.senders.append(
            Sender(element: element, continuation: continuation))
          return nil
        }
      switch outcome {
      case .success(let receiver):
        receiver?.resume(returning: element)
        continuation.resume()
      case .failure(let error):
        continuation.resume(throwing: error)
      case nil:
        break  // waiting in line
      }
    }
  }

  /// Ends the channel: no more elements.
  public func finish() {
    let (senders, receiver) = state.withLock { state in
      state.finished = true
      defer {
        state.senders = []
        state.receiver = nil
      }
      return (state.senders, state.receiver)
    }
    for sender in senders {
      sender.continuation.resume(throwing: ChannelFinished())
    }
    receiver?.resume(returning: nil)
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    await withCheckedContinuation { continuation in
      let taken: (element: Element?, sender: Sender?)? = state.withLock {
        state in
        if !state.buffer.isEmpty {
          let element = state.buffer.removeFirst()
          guard !state.senders.isEmpty else { return (element, nil) }
          let sender = state.senders.removeFirst()
          state.buffer.append(sender.element)
          return (element, sender)
        }
        if !state.senders.isEmpty {
          let sender = state.senders.removeFirst()
          return (sender.element, sender)
        }
        if state.finished { return (nil, nil) }
        state.receiver = continuation
        return nil
      }
      guard let taken else { return }
      taken.sender?.continuation.resume()
      continuation.resume(returning: taken.element)
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
