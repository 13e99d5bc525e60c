import CourseKit

// The same round, in a task cancelled after half a second. The children
// still asleep throw `CancellationError`, and it comes back as one more
// `.failure`, next to the real one.
func cancelledRound(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let round = Task(executorPreference: executor) {
    await gatherResults(["success", "fail", "success"], clock: clock)
  }
  try await clock.sleep(for: .milliseconds(500))
  round.cancel()
  show(await round.value, console: console)
}
