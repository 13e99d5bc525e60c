import CourseKit
import Synchronization

// A producer that yields 10,000 readings every 0.1 s, and a consumer that
// takes 0.4 s over each. The default buffer keeps every reading the
// consumer has not taken yet, and nothing tells the producer to slow down.
func backlog(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  let taken = Atomic(0)
  let consumer = Task(executorPreference: executor) {
    for await _ in stream {
      taken.add(1, ordering: .relaxed)
      try await clock.sleep(for: .milliseconds(400))
    }
  }
  var yielded = 0
  var deadline = clock.now
  for _ in 0..<10 {
    for _ in 0..<10_000 {
      yielded += 1
      continuation.yield(yielded)
    }
    // The next burst is due 0.1 s after the last began.
    deadline = deadline.advanced(by: .milliseconds(100))
    try await clock.sleep(until: deadline, tolerance: nil)
  }
  let took = taken.load(ordering: .relaxed)
  let waiting = yielded - took
  let bytes = waiting * MemoryLayout<Int>.stride
  console.log("yielded \(yielded), the consumer took \(took)")
  console.log("\(waiting) readings wait in the buffer: \(bytes / 1000) KB")
  consumer.cancel()
}
