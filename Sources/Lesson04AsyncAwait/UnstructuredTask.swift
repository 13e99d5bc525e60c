import CourseKit

// `asyncio.create_task` is `Task { }` in Swift: the work starts at once and
// runs beside this code; `value` waits for its result. (The course passes
// the executor so the same code can also run on its loop; in your own code,
// write `Task { }`.)
func startATask(
  api: RemoteAPI,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let profile = Task(executorPreference: executor) {
    try await api.fetch("https://api.example.com/profile")
  }
  console.log("the task is running; this code goes on")
  let body = try await profile.value
  console.log("the task's value: \(body)")
}

// The futures tutorial's first example with a Task: the program ends at 1 s,
// with the task still asleep. Nothing waits for an unstructured task.
func endTooSoon(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  console.log("Before callback")
  Task(executorPreference: executor) {
    try await clock.sleep(for: .seconds(2))
    console.log("Callback executed")
  }
  try await clock.sleep(for: .seconds(1))
  console.log("After callback")
}
