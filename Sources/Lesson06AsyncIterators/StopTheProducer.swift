import CourseKit

// Ticks every 0.1 s from a producer task that the stream owns: when the
// stream terminates (finished, its consumer's task cancelled, or the last
// copy of the stream gone), `onTermination` cancels the producer.
func ticks(
  every interval: Duration,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) -> AsyncStream<Int> {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  let producer = Task(executorPreference: executor) {
    var tick = 0
    do {
      while true {
        try await clock.sleep(for: interval)
        tick += 1
        continuation.yield(tick)
      }
    } catch {
      console.log("the producer stopped after tick \(tick): \(error)")
    }
  }
  continuation.onTermination = { reason in
    console.log("onTermination: \(reason)")
    producer.cancel()
  }
  return stream
}

// `break` out of a loop over a stream that nothing else holds: the stream
// goes away with the loop, and takes its producer with it.
func breakOutOfTicks(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  // The stream is a temporary: nothing holds it once the loop ends.
  for await tick in ticks(
    every: .milliseconds(100), clock: clock, executor: executor,
    console: console)
  {
    console.log("the consumer got tick \(tick)")
    if tick == 3 { break }
  }
  try await clock.sleep(for: .milliseconds(500))
  console.log("no tick since")
}
