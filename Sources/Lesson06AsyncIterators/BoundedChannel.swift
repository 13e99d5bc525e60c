import CourseKit

// A channel that holds at most `capacity` elements: `send` suspends while
// it is full, so a fast producer goes at its consumer's pace. That is the
// backpressure asyncio's `Queue(maxsize=)` gives, and AsyncStream does not.
// One producer, one consumer, no cancellation; Exercise 6.2 makes it safe
// for many producers and for cancellation.
actor BoundedChannel<Element: Sendable> {
  let capacity: Int
  private var buffer: [Element] = []
  private var finished = false
  private var waitingSender: CheckedContinuation<Void, Never>?
  private var waitingReceiver: CheckedContinuation<Element?, Never>?

  init(capacity: Int) {
    precondition(capacity > 0, "a channel needs room for one element")
    self.capacity = capacity
  }

  // Waits for space, then hands the element over: to the consumer if it is
  // waiting, to the buffer if not.
  func send(_ element: Element) async {
    while buffer.count >= capacity {
      await withCheckedContinuation { waitingSender = $0 }
    }
    if let receiver = waitingReceiver {
      waitingReceiver = nil
      receiver.resume(returning: element)
    } else {
      buffer.append(element)
    }
  }

  // The next element, waiting for one if the buffer is empty; nil once the
  // channel is finished and empty. Taking one makes space for the sender.
  func receive() async -> Element? {
    if buffer.isEmpty {
      if finished { return nil }
      return await withCheckedContinuation { waitingReceiver = $0 }
    }
    let element = buffer.removeFirst()
    waitingSender?.resume()
    waitingSender = nil
    return element
  }

  // No more elements: the consumer gets what is buffered, then nil.
  func finish() {
    finished = true
    waitingReceiver?.resume(returning: nil)
    waitingReceiver = nil
  }
}

// `for await element in channel`.
extension BoundedChannel: AsyncSequence {
  nonisolated func makeAsyncIterator() -> Iterator {
    Iterator(channel: self)
  }

  struct Iterator: AsyncIteratorProtocol {
    let channel: BoundedChannel

    func next() async -> Element? {
      await channel.receive()
    }
  }
}
