// Chapter 6 exercises: async iterators. Run `make exercise-6` to check them.
// Each exercise is explained in Lessons/06-async-iterators.md.

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

    /// The items of the next page, or nil once the pages have ended.
    public mutating func next() async throws -> [String]? {
      // TODO: fetch one page, and say when the pages have ended. Start
      // from `Batches`: Lessons/06-async-iterators.md#a-hand-written-asyncsequence
      Exercise.notYetImplemented(
        "6.1",
        see: "Lessons/06-async-iterators.md#exercise-61-pages-on-demand"
      )
      return nil
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
  /// How many elements the buffer holds at most.
  public let capacity: Int

  /// A channel that buffers up to `capacity` elements, at least one.
  public init(capacity: Int) {
    self.capacity = Swift.max(capacity, 1)
  }

  /// Sends `element`, waiting while the buffer is full.
  public func send(_ element: Element) async throws {
    // TODO: keep the channel's state in a `Mutex`, and make `send`, `finish`
    // and `next` work. Start from the actor of
    // Lessons/06-async-iterators.md#a-channel-that-makes-the-producer-wait
    Exercise.notYetImplemented(
      "6.2",
      see:
        "Lessons/06-async-iterators.md#exercise-62-a-channel-with-backpressure"
    )
  }

  /// Ends the channel: no more elements.
  public func finish() {
    Exercise.notYetImplemented(
      "6.2",
      see:
        "Lessons/06-async-iterators.md#exercise-62-a-channel-with-backpressure"
    )
  }

  /// The next element, waiting for one; nil once the channel is finished
  /// and empty.
  public func next() async -> Element? {
    Exercise.notYetImplemented(
      "6.2",
      see:
        "Lessons/06-async-iterators.md#exercise-62-a-channel-with-backpressure"
    )
    return nil
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
  /// How many unread elements each subscriber's stream keeps.
  public let limit: Int

  /// A broadcast whose subscribers each buffer up to `limit` elements.
  public init(limit: Int) {
    self.limit = limit
  }

  /// How many subscribers are listening.
  public var subscribers: Int {
    // TODO: count the subscribers, and make `subscribe`, `send` and
    // `finish` work: Lessons/06-async-iterators.md#broadcasting-instead
    Exercise.notYetImplemented(
      "6.3",
      see: "Lessons/06-async-iterators.md#exercise-63-broadcast"
    )
    return 0
  }

  /// A new subscriber's stream.
  public func subscribe() -> AsyncStream<Element> {
    Exercise.notYetImplemented(
      "6.3",
      see: "Lessons/06-async-iterators.md#exercise-63-broadcast"
    )
    return AsyncStream { $0.finish() }
  }

  /// Sends `element` to every subscriber.
  public func send(_ element: Element) {
    Exercise.notYetImplemented(
      "6.3",
      see: "Lessons/06-async-iterators.md#exercise-63-broadcast"
    )
  }

  /// Finishes every subscriber's stream.
  public func finish() {
    Exercise.notYetImplemented(
      "6.3",
      see: "Lessons/06-async-iterators.md#exercise-63-broadcast"
    )
  }
}
