import CourseKit

// A source of quotes, `"AAPL 1"`, `"AAPL 2"`, …, one every `interval`,
// from a producer task that the stream's termination cancels. Its lane on
// the timeline runs from the start to when the producer stops.
func ticker(
  _ symbol: String,
  every interval: Duration,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  timeline: Timeline
) -> AsyncStream<String> {
  let (stream, continuation) = AsyncStream.makeStream(of: String.self)
  let producer = Task(executorPreference: executor) {
    await timeline.measure("\(symbol) producer") {
      var count = 0
      do {
        while true {
          try await clock.sleep(for: interval)
          count += 1
          continuation.yield("\(symbol) \(count)")
        }
      } catch {
        // Cancelled: the stream has terminated.
      }
    }
  }
  continuation.onTermination = { _ in producer.cancel() }
  return stream
}
