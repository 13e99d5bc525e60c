// Exercise 6.2, wrong: takes the sender to let in with popLast(), which is
// short and O(1), but lets in the sender that came last: a stack, not a
// line. The sender that has waited longest waits longer still, and under
// steady load may never get in.
// Rejected with: first come first served
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
    let id: Int
    let element: Element
    let continuation: CheckedContinuation<Void, any Error>
  }

  private struct State {
    var buffer: [Element] = []
    var senders: [Sender] = []
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
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        // Decide under the lock; resume continuations after it.
        let outcome: Result<CheckedContinuation<Element?, Never>?, any Error>? =
          state.withLock { state in
            if state.finished { return .failure(ChannelFinished()) }
            // Cancelled before the handler could find this sender.
            if Task.isCancelled { return .failure(CancellationError()) }
            if let receiver = state.receiver {
              state.receiver = nil
              return .success(receiver)
            }
            if state.buffer.count < capacity && state.senders.isEmpty {
              state.buffer.append(element)
              return .success(nil)
            }
            state.senders.append(
              Sender(id: id, element: element, continuation: continuation))
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
    } onCancel: {
      let sender = state.withLock { state in
        state.senders.firstIndex { $0.id == id }.map {
          state.senders.remove(at: $0)
        }
      }
      sender?.continuation.resume(throwing: CancellationError())
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
      // The element to return now, and the sender to let in, if any.
      let taken: (element: Element?, sender: Sender?)? = state.withLock {
        state in
        if !state.buffer.isEmpty {
          let element = state.buffer.removeFirst()
          guard let sender = state.senders.popLast() else {
            return (element, nil)
          }
          state.buffer.append(sender.element)
          return (element, sender)
        }
        if let sender = state.senders.popLast() {
          return (sender.element, sender)
        }
        if state.finished { return (nil, nil) }
        state.receiver = continuation
        return nil
      }
      guard let taken else { return }  // waiting for a sender
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
