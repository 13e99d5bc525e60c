// Exercise 6.2, wrong: the lesson's `while` loop, with a line of waiting
// senders: taking an element wakes the first sender in line, which then
// tries again to put its element in. Between the wake-up and the retry,
// the space is free for anyone: a send that comes at that moment takes it,
// and the sender that waited longest goes back to the end of the line.
// Rejected with: The space is A's
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
  private struct Waiter {
    let id: Int
    let continuation: CheckedContinuation<Void, any Error>
  }

  private enum Attempt {
    case finished
    case handed(CheckedContinuation<Element?, Never>)
    case buffered
    case full
  }

  private struct State {
    var buffer: [Element] = []
    var waiters: [Waiter] = []
    var receiver: CheckedContinuation<Element?, Never>?
    var finished = false
    var nextID = 0
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
    while true {
      let attempt: Attempt = state.withLock { state in
        if state.finished { return .finished }
        if let receiver = state.receiver {
          state.receiver = nil
          return .handed(receiver)
        }
        guard state.buffer.count < capacity else { return .full }
        state.buffer.append(element)
        return .buffered
      }
      switch attempt {
      case .finished: throw ChannelFinished()
      case .handed(let receiver):
        receiver.resume(returning: element)
        return
      case .buffered: return
      case .full: try await waitForSpace()
      }
    }
  }

  /// Waits in line until `next()` or `finish()` wakes this sender.
  private func waitForSpace() async throws {
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let cancelled = state.withLock { state in
          if Task.isCancelled { return true }
          state.waiters.append(Waiter(id: id, continuation: continuation))
          return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
      }
    } onCancel: {
      let waiter = state.withLock { state in
        state.waiters.firstIndex { $0.id == id }.map {
          state.waiters.remove(at: $0)
        }
      }
      waiter?.continuation.resume(throwing: CancellationError())
    }
  }

  /// Ends the channel: no more elements.
  public func finish() {
    let (waiters, receiver) = state.withLock { state in
      state.finished = true
      defer {
        state.waiters = []
        state.receiver = nil
      }
      return (state.waiters, state.receiver)
    }
    for waiter in waiters { waiter.continuation.resume() }  // they see it
    receiver?.resume(returning: nil)
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    await withCheckedContinuation { continuation in
      let taken: (element: Element?, waiter: Waiter?)? = state.withLock {
        state in
        if !state.buffer.isEmpty {
          let element = state.buffer.removeFirst()
          let waiter = state.waiters.isEmpty ? nil : state.waiters.removeFirst()
          return (element, waiter)
        }
        if state.finished { return (nil, nil) }
        state.receiver = continuation
        return nil
      }
      guard let taken else { return }
      taken.waiter?.continuation.resume()  // there is room: try again
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
