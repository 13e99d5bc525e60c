import CourseKit

// BEGIN; then `body`; then COMMIT if `body` returned and the task is not
// cancelled, or ROLLBACK if anything threw. Both go in a task of their
// own: ROLLBACK so that it is sent from a cancelled task too, and COMMIT
// because, once sent, its reply says whether the transaction committed,
// and you want to hear it. If withTransaction throws, nothing was
// committed, bar a connection lost while COMMIT's reply was on its way.
nonisolated(nonsending) func withTransaction<T>(
  on connection: Connection,
  executor: any TaskExecutor,
  _ body: nonisolated(nonsending) (Connection) async throws -> T
) async throws -> T {
  do {
    try await connection.execute("BEGIN")
    let result = try await body(connection)
    try Task.checkCancellation()
    try await inATaskOfItsOwn(executor) {
      try await connection.execute("COMMIT")
    }
    return result
  } catch {
    try? await inATaskOfItsOwn(executor) {
      try await connection.execute("ROLLBACK")
    }
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
