import CourseKit

// The seed's `fetch_batch`: a second's wait, then five items.
func fetchBatch(
  _ number: Int,
  clock: some Clock<Duration>
) async throws -> [String] {
  try await clock.sleep(for: .seconds(1))
  return (0..<5).map { "item_\(number)_\($0)" }
}

// The seed's async generator, written out by hand: a sequence of batches,
// and an iterator whose `next()` fetches the next one. Nothing runs until
// the consumer asks: `next()` is the only place where a fetch starts.
struct Batches: AsyncSequence {
  let count: Int
  let clock: any Clock<Duration>
  let timeline: Timeline

  struct AsyncIterator: AsyncIteratorProtocol {
    let batches: Batches
    var number = 0

    mutating func next() async throws -> [String]? {
      guard number < batches.count else { return nil }
      let current = number
      number += 1
      return try await batches.timeline.measure("fetch batch \(current)") {
        try await fetchBatch(current, clock: batches.clock)
      }
    }
  }

  func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(batches: self)
  }
}

// The seed's `async for`, with half a second of work on each batch, so that
// you can see when the next fetch starts.
func processEach(
  _ batches: some AsyncSequence<[String], any Error>,
  clock: some Clock<Duration>,
  console: Console,
  timeline: Timeline
) async throws {
  var number = 0
  for try await batch in batches {
    console.log("processing batch \(number): \(batch.joined(separator: " "))")
    try await timeline.measure("process batch \(number)") {
      try await clock.sleep(for: .milliseconds(500))
    }
    number += 1
  }
  console.log("done")
}
