import CourseKit

// The task is cancelled at 0.5 s, while it waits for a report through a
// bridge that does not hear it. When it is back, at 1 s, its cancelled
// flag is still set, and stays set: a cancellation handler runs at once,
// before its operation, and a five-second sleep throws at once.
func alreadyCancelled(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let task = Task(executorPreference: executor) {
    _ = try await fetchIgnoringCancellation(
      "https://api.example.com/report", api: api)
    console.log("back from the report; cancelled: \(Task.isCancelled)")
    await withTaskCancellationHandler {
      console.log("the operation runs")
    } onCancel: {
      console.log("onCancel runs")
    }
    do {
      try await clock.sleep(for: .seconds(5))
    } catch {
      console.log("a 5 s sleep threw \(error)")
    }
  }
  try await clock.sleep(for: .milliseconds(500))
  task.cancel()
  try await task.value
}
