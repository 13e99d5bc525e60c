import CourseKit

// A producer that yields three items and returns without `finish()`. The
// consumer's loop has no way to know that nothing more will come: it waits
// until its task is cancelled.
func neverFinished(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  Task(executorPreference: executor) {
    for item in 1...3 {
      continuation.yield(item)
    }
    // Forgot `continuation.finish()`.
  }
  let consumer = Task(executorPreference: executor) {
    for await item in stream {
      console.log("the consumer got \(item)")
    }
    console.log("the loop ended")
  }
  try await clock.sleep(for: .seconds(2))
  console.log("still waiting after 2 s; cancelling the consumer")
  consumer.cancel()
  await consumer.value
}
