import CourseKit

// BEGIN; then `body`; then COMMIT if `body` returned, or ROLLBACK if
// anything threw: `body`, COMMIT, or the task's cancellation. ROLLBACK
// goes in a task of its own, so that it is sent from a cancelled task
// too. If withTransaction throws, nothing was committed.
nonisolated(nonsending) func withTransaction<T>(
  on connection: Connection,
  executor: any TaskExecutor,
  _ body: nonisolated(nonsending) (Connection) async throws -> T
) async throws -> T {
  try await connection.execute("BEGIN")
  do {
    let result = try await body(connection)
    try await connection.execute("COMMIT")
    return result
  } catch {
    try? await Task(executorPreference: executor) {
      try await connection.execute("ROLLBACK")
    }.value
    throw error
  }
}

struct InsufficientFunds: Error {}

// Moves `amount` from Alice's account to Bob's, in one transaction.
// Alice has 100.
func transfer(
  _ amount: Int,
  database: Database,
  executor: any TaskExecutor,
  debitTaking: Duration = .milliseconds(100)
) async throws {
  try await withConnection(to: database, executor: executor) { connection in
    try await withTransaction(on: connection, executor: executor) { tx in
      try await tx.execute("UPDATE alice -\(amount)", taking: debitTaking)
      if amount > 100 { throw InsufficientFunds() }
      try await tx.execute("UPDATE bob +\(amount)")
    }
  }
}
