import CourseKit

// A task started inside another task is not its child. Cancelling the outer
// task does not cancel the inner one, and awaiting the inner task's `value`
// does not hear the cancellation either.
func innerTaskRunsOn(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let outer = Task(executorPreference: executor) {
    let inner = Task(executorPreference: executor) {
      try await api.fetch("https://api.example.com/report")
    }
    return try await inner.value
  }
  try await clock.sleep(for: .milliseconds(300))
  outer.cancel()
  do {
    console.log("outer returned \(try await outer.value)")
  } catch {
    console.log("outer threw \(error)")
  }
}

// Forwarding cancellation: await the inner task inside a cancellation
// handler that cancels it.
func innerTaskForwarded(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let outer = Task(executorPreference: executor) {
    let inner = Task(executorPreference: executor) {
      try await api.fetch("https://api.example.com/report")
    }
    return try await withTaskCancellationHandler {
      try await inner.value
    } onCancel: {
      inner.cancel()
    }
  }
  try await clock.sleep(for: .milliseconds(300))
  outer.cancel()
  do {
    console.log("outer returned \(try await outer.value)")
  } catch {
    console.log("outer threw \(error)")
  }
}
