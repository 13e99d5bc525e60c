import CourseKit
import Synchronization

// A producer that yields a tick every 0.1 s until it is cancelled, and a
// consumer that wants three ticks and breaks. Breaking out of the loop
// does not end the stream while you still hold it: the producer yields on,
// `yield` returns `.enqueued`, and the buffer fills with ticks nobody reads.
func breakEarly(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  continuation.onTermination = { reason in
    console.log("onTermination: \(reason)")
  }
  let lastYield = Mutex<(Int, String)>((0, ""))
  let producer = Task(executorPreference: executor) {
    var tick = 0
    while true {
      try await clock.sleep(for: .milliseconds(100))
      tick += 1
      let result = continuation.yield(tick)
      lastYield.withLock { $0 = (tick, "\(result)") }
    }
  }
  for await tick in stream {
    console.log("the consumer got tick \(tick)")
    if tick == 3 { break }
  }
  try await clock.sleep(for: .milliseconds(950))
  let (tick, result) = lastYield.withLock { $0 }
  console.log("the producer is at tick \(tick), and yield returned \(result)")
  producer.cancel()
  console.log("cancelled the producer; the stream is still in scope")
}
