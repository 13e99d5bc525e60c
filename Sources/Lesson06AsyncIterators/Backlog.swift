import CourseKit
import Synchronization

// A producer that yields 10,000 readings every 0.1 s, and a consumer that
// takes 0.4 s over each. The default buffer keeps every reading the
// consumer has not taken yet, and nothing tells the producer to slow down.
func backlog(
  clock: any Clock<Duration>,
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
  for _ in 0..<10 {
    for _ in 0..<10_000 {
      yielded += 1
      continuation.yield(yielded)
    }
    try await clock.sleep(for: .milliseconds(100))
  }
  let waiting = yielded - taken.load(ordering: .relaxed)
  let bytes = waiting * MemoryLayout<Int>.stride
  console.log("yielded \(yielded), the consumer took \(taken.load(ordering: .relaxed))")
  console.log("\(waiting) readings wait in the buffer: \(bytes / 1000) KB")
  consumer.cancel()
}
