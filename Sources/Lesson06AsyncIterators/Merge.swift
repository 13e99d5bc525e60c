import CourseKit

// Two streams merged into one, with a task group: a child for each source
// yields what it reads into the merged stream. The merged stream finishes
// when both sources have; when its consumer stops, `onTermination` cancels
// the group, its children stop reading, and the sources go away too.
func merge(
  _ first: AsyncStream<String>,
  _ second: AsyncStream<String>,
  executor: any TaskExecutor
) -> AsyncStream<String> {
  let (merged, continuation) = AsyncStream.makeStream(of: String.self)
  let task = Task(executorPreference: executor) {
    await withDiscardingTaskGroup { group in
      group.addTask {
        for await element in first { continuation.yield(element) }
      }
      group.addTask {
        for await element in second { continuation.yield(element) }
      }
    }
    continuation.finish()
  }
  continuation.onTermination = { _ in task.cancel() }
  return merged
}

// Quotes from two tickers, the first five of them.
func firstFiveQuotes(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  timeline: Timeline
) async throws {
  let apple = ticker(
    "AAPL", every: .milliseconds(300), clock: clock, executor: executor,
    timeline: timeline)
  let microsoft = ticker(
    "MSFT", every: .milliseconds(500), clock: clock, executor: executor,
    timeline: timeline)
  // The merged stream is a temporary: it goes away when the loop ends.
  for await quote in merge(apple, microsoft, executor: executor).prefix(5) {
    console.log(quote)
  }
  console.log("the consumer has its five quotes")
  // Half a second more, so that the chart shows when the producers stopped.
  try await clock.sleep(for: .milliseconds(500))
}
