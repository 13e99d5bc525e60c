// Exercise 6.2, wrong: keeps the lesson's actor, and reaches its state from
// the places that cannot await with a Task { }: onCancel, which runs
// synchronously on the canceller's thread, and finish(), which is not
// async. A plain Task { } runs on Swift's thread pool, off the course's
// loop, and later than the cancel or the finish it carries: the waiting
// sender is not released at once. This is why the state lives in a Mutex.
// Rejected with: a plain Task { }
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
public actor BoundedChannel<Element: Sendable>: AsyncSequence {
  private struct Sender {
    let id: Int
    let element: Element
    let continuation: CheckedContinuation<Void, any Error>
  }

  /// How many elements the buffer holds at most.
  public let capacity: Int
  private var buffer: [Element] = []
  private var senders: [Sender] = []
  private var receiver: CheckedContinuation<Element?, Never>?
  private var finished = false
  private var nextID = 0

  /// A channel that buffers up to `capacity` elements, at least one.
  public init(capacity: Int) {
    self.capacity = Swift.max(capacity, 1)
  }

  /// Sends `element`, waiting while the buffer is full.
  public func send(_ element: Element) async throws {
    try Task.checkCancellation()
    if finished { throw ChannelFinished() }
    if let receiver {
      self.receiver = nil
      receiver.resume(returning: element)
      return
    }
    if buffer.count < capacity && senders.isEmpty {
      buffer.append(element)
      return
    }
    let id = nextID
    nextID += 1
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        senders.append(
          Sender(id: id, element: element, continuation: continuation))
      }
    } onCancel: {
      // onCancel is not on the actor: hop in with a task.
      Task { await self.cancelSender(id) }
    }
  }

  private func cancelSender(_ id: Int) {
    guard let index = senders.firstIndex(where: { $0.id == id }) else {
      return
    }
    senders.remove(at: index).continuation.resume(
      throwing: CancellationError())
  }

  /// Ends the channel: no more elements.
  public nonisolated func finish() {
    // finish() is not async: hop in with a task.
    Task { await self.close() }
  }

  private func close() {
    finished = true
    for sender in senders {
      sender.continuation.resume(throwing: ChannelFinished())
    }
    senders = []
    receiver?.resume(returning: nil)
    receiver = nil
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    if !buffer.isEmpty {
      let element = buffer.removeFirst()
      if !senders.isEmpty {
        let sender = senders.removeFirst()
        buffer.append(sender.element)
        sender.continuation.resume()
      }
      return element
    }
    if !senders.isEmpty {
      let sender = senders.removeFirst()
      sender.continuation.resume()
      return sender.element
    }
    if finished { return nil }
    return await withCheckedContinuation { receiver = $0 }
  }

  /// An iterator that calls ``next()``.
  public nonisolated func makeAsyncIterator() -> Iterator {
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
