// Chapter 6 reference solutions. Same API as Sources/Exercises.

import CourseKit
import Synchronization

// MARK: - Types the exercises use

/// What `send` throws on a `BoundedChannel` that is finished.
public struct ChannelFinished: Error, Equatable {
  /// Creates the error.
  public init() {}
}

// MARK: - Exercise 6.1

/// Exercise 6.1: the pages of a paged API, fetched one at a time, when the
/// consumer asks for the next. Page N is at `"\(baseURL)?page=N"`, from
/// page 1. Its body is a comma-separated list of items; an empty body
/// means there are no more pages, and the sequence ends there, without
/// yielding it. An error from `api` is thrown from `next()`, and then the
/// sequence ends too. Nothing is fetched ahead: making the iterator
/// fetches nothing, each `next()` fetches at most one page, and once the
/// sequence has ended, `next()` returns nil without fetching.
public struct Pages: AsyncSequence, Sendable {
  /// Where the pages come from.
  public let api: RemoteAPI
  /// The pages' URL without its query: page N is `"\(baseURL)?page=N"`.
  public let baseURL: String

  /// The pages of `baseURL`, fetched from `api`.
  public init(api: RemoteAPI, baseURL: String) {
    self.api = api
    self.baseURL = baseURL
  }

  /// An iterator from page 1; making it fetches nothing.
  public func makeAsyncIterator() -> Iterator {
    Iterator(api: api, baseURL: baseURL)
  }

  /// Fetches the next page when asked.
  public struct Iterator: AsyncIteratorProtocol {
    let api: RemoteAPI
    let baseURL: String
    var page = 1
    var ended = false

    /// The items of the next page, or nil once the pages have ended.
    public mutating func next() async throws -> [String]? {
      guard !ended else { return nil }
      let body: String
      do {
        body = try await api.fetch("\(baseURL)?page=\(page)")
      } catch {
        ended = true
        throw error
      }
      guard !body.isEmpty else {
        ended = true
        return nil
      }
      page += 1
      return body.split(separator: ",").map(String.init)
    }
  }
}

// MARK: - Exercise 6.2

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
/// - `next()` waits for an element; with it, `for await x in channel`. A
///   consumer whose task is cancelled while it waits gets nil at once.
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
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        // Decide under the lock; resume continuations after it.
        let outcome: Result<CheckedContinuation<Element?, Never>?, any Error>? =
          state.withLock { state in
            // Cancelled already, or before the handler could find this
            // sender.
            if Task.isCancelled { return .failure(CancellationError()) }
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
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        // The element to return now, and the sender to let in, if any.
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
          // Finished, or cancelled before the handler could see us.
          if state.finished || Task.isCancelled { return (nil, nil) }
          state.receiver = continuation
          return nil
        }
        guard let taken else { return }  // waiting for a sender
        taken.sender?.continuation.resume()
        continuation.resume(returning: taken.element)
      }
    } onCancel: {
      let receiver = state.withLock { state in
        defer { state.receiver = nil }
        return state.receiver
      }
      receiver?.resume(returning: nil)
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

// MARK: - Exercise 6.3

/// Exercise 6.3: one producer, any number of consumers, and every consumer
/// gets every element: a broadcast, which AsyncStream alone cannot do.
///
/// - `subscribe()` returns a new stream, which gets every element sent
///   after it was made, in order. Each subscriber's stream keeps up to
///   `limit` elements it has not read, and drops the oldest beyond that.
/// - `finish()` finishes every subscriber's stream, after what it has
///   buffered, and forgets every subscriber; a stream made after
///   `finish()` is already finished.
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
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    // Set before the subscriber is listed: a finish() that comes between
    // the two still finds the handler, and forgets the subscriber.
    continuation.onTermination = { [weak self] _ in
      _ = self?.state.withLock { $0.continuations.removeValue(forKey: id) }
    }
    let listed = state.withLock { state in
      guard !state.finished else { return false }
      state.continuations[id] = continuation
      return true
    }
    if !listed { continuation.finish() }
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
      state.finished = true
      return Array(state.continuations.values)
    }
    for continuation in continuations {
      continuation.finish()
    }
  }
}
