// Exercise 6.2, wrong: no continuations at all: a sender that finds the
// buffer full, and a consumer that finds it empty, call Task.yield() and
// look again. The loop always has a task ready to run, so its clock never
// moves on, and the consumer's sleep never ends; on a real machine, the
// spinning burns a core.
// Rejected with: did not finish
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
    while true {
      try Task.checkCancellation()
      let sent = try state.withLock { state throws -> Bool in
        if state.finished { throw ChannelFinished() }
        guard state.buffer.count < capacity else { return false }
        state.buffer.append(element)
        return true
      }
      if sent { return }
      await Task.yield()  // let the consumer run, then look again
    }
  }

  /// Ends the channel: no more elements.
  public func finish() {
    state.withLock { $0.finished = true }
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    while true {
      let (element, finished) = state.withLock { state in
        state.buffer.isEmpty
          ? (nil, state.finished) : (state.buffer.removeFirst(), false)
      }
      if element != nil || finished { return element }
      await Task.yield()  // let a sender run, then look again
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
