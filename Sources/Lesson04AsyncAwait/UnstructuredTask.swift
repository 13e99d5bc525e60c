import CourseKit

// `asyncio.create_task` is `Task { }` in Swift: the work is scheduled at
// once and runs beside this code. A task lives until its work is done,
// whether or not anyone keeps its handle; `value` waits for its result.
func aTasksLifetime(
  api: RemoteAPI,
  executor: any TaskExecutor,
  console: Console
) async throws {
  Task(executorPreference: executor) {
    let body = try await api.fetch("https://api.example.com/news")
    console.log("the task nobody kept finished: \(body)")
  }
  let profile = Task(executorPreference: executor) {
    try await api.fetch("https://api.example.com/profile")
  }
  console.log("two tasks scheduled; this code goes on")
  let body = try await profile.value
  console.log("the kept task's value: \(body)")
}

let taskLatencies = Latency.perURL([
  "https://api.example.com/news": .milliseconds(500),
  "https://api.example.com/profile": .seconds(1),
])

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
