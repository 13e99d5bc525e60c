import CourseKit

// Runs `work` in a task, and cancels the task at 0.5 s, while `work`
// waits for a reply. Then counts the connections the server still holds.
func cancelWhileQuerying(
  database: Database,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  _ work: @escaping @Sendable (Database) async throws -> Void
) async throws {
  let task = Task(executorPreference: executor) {
    try await work(database)
  }
  try await clock.sleep(for: .milliseconds(500))
  database.console.log("cancelling the task")
  task.cancel()
  do {
    try await task.value
  } catch {
    database.console.log("the task threw \(error)")
  }
  database.console.log("open on the server: \(database.openConnections)")
}
