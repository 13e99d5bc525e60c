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
    try? await inATaskOfItsOwn(executor) { try await connection.close() }
    throw error
  }
  try await inATaskOfItsOwn(executor) { try await connection.close() }
  return result
}

// Runs `work` in a task of its own, and waits for it. The new task does
// not inherit this task's cancellation, so `work` can wait for its replies
// even when this task is cancelled. It costs a task, and nothing can
// cancel `work`: if the server never replies, this never returns.
func inATaskOfItsOwn<T: Sendable>(
  _ executor: any TaskExecutor,
  _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
  try await Task(executorPreference: executor) { try await work() }.value
}

func queryTrades(database: Database, executor: any TaskExecutor)
  async throws
{
  try await withConnection(to: database, executor: executor) { connection in
    try await connection.execute("SELECT * FROM trades", taking: .seconds(1))
  }
}
