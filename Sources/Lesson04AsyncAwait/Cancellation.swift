import CourseKit
import Synchronization

// `cancel()` asks a task to stop. The fetch inside it is asleep, and a
// cancelled sleep throws `CancellationError` at once, so `value` throws it.
func cancelTheReport(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let report = Task(executorPreference: executor) {
    try await api.fetch("https://api.example.com/report")
  }
  try await clock.sleep(for: .milliseconds(500))
  report.cancel()
  console.log("cancelled the task")
  do {
    let body = try await report.value
    console.log("never printed: \(body)")
  } catch {
    console.log("its value threw \(error)")
  }
}
