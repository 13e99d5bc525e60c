import CourseKit

// The consumer's task is cancelled at 0.35 s: its `for await` ends at once
// with nil, as if the stream had finished, and the stream terminates.
func cancelTheConsumer(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let ticks = ticks(
    every: .milliseconds(100), clock: clock, executor: executor,
    console: console)
  let consumer = Task(executorPreference: executor) {
    for await tick in ticks {
      console.log("the consumer got tick \(tick)")
    }
    return Task.isCancelled
  }
  try await clock.sleep(for: .milliseconds(350))
  consumer.cancel()
  let cancelled = await consumer.value
  try await clock.sleep(for: .milliseconds(150))
  console.log("the consumer's loop ended, in a cancelled task: \(cancelled)")
}
