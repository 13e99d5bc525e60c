import CourseKit

// Runs `work` in a task, cancels the task after `delay`, and logs how the
// task ended.
func cancel(
  after delay: Duration,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  _ work: @escaping @Sendable () async throws -> Void
) async throws {
  let task = Task(executorPreference: executor) { try await work() }
  try await clock.sleep(for: delay)
  console.log("cancelling the task")
  task.cancel()
  do {
    try await task.value
    console.log("the task finished")
  } catch {
    console.log("the task threw \(error)")
  }
}
