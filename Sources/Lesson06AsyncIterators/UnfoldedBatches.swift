import CourseKit
import Synchronization

// Pull again, without writing an iterator: the stream calls `unfolding`
// each time the consumer asks for an element, and ends when it returns
// nil. Like a Python async generator, it runs only on demand.
func unfoldedBatches(
  count: Int,
  clock: any Clock<Duration>,
  timeline: Timeline
) -> AsyncThrowingStream<[String], any Error> {
  let next = Mutex(0)
  return AsyncThrowingStream {
    let number = next.withLock { number in
      defer { number += 1 }
      return number
    }
    guard number < count else { return nil }
    return try await timeline.measure("fetch batch \(number)") {
      try await fetchBatch(number, clock: clock)
    }
  }
}
