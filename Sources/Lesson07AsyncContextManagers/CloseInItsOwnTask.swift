import CourseKit

// withConnection again, with one change: it closes the connection in a
// task of its own.
nonisolated(nonsending) func withConnection<T>(
  to database: Database,
  executor: any TaskExecutor,
  _ body: nonisolated(nonsending) (Connection) async throws -> T
) async throws -> T {
  let connection = try await database.connect()
  let result: T
  do {
    result = try await body(connection)
  } catch {
    try? await closeInItsOwnTask(connection, executor: executor)
    throw error
  }
  try await closeInItsOwnTask(connection, executor: executor)
  return result
}

// A task of its own does not inherit this task's cancellation, so the
// close can wait for its reply even when this task is cancelled. It costs
// a task, and nothing can cancel the close: if the server never replies,
// neither does withConnection.
func closeInItsOwnTask(_ connection: Connection, executor: any TaskExecutor)
  async throws
{
  try await Task(executorPreference: executor) {
    try await connection.close()
  }.value
}

func queryTrades(database: Database, executor: any TaskExecutor)
  async throws
{
  try await withConnection(to: database, executor: executor) { connection in
    try await connection.execute("SELECT * FROM trades", taking: .seconds(1))
  }
}
