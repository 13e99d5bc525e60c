import CourseKit

// The body returns: the connection is closed, then the result returned.
func bodyReturns(database: Database) async throws {
  let balance = try await withConnection(to: database) { connection in
    try await connection.execute("SELECT balance FROM accounts")
    return 100
  }
  database.console.log("balance: \(balance)")
  database.console.log("open on the server: \(database.openConnections)")
}

struct BadRow: Error {}

// The body throws: the connection is closed, then the error rethrown.
func bodyThrows(database: Database) async {
  do {
    try await withConnection(to: database) { connection in
      try await connection.execute("SELECT balance FROM accounts")
      throw BadRow()
    }
  } catch {
    database.console.log("caught \(error)")
  }
  database.console.log("open on the server: \(database.openConnections)")
}

// The task is cancelled while the body waits for a reply: the body throws
// CancellationError, and withConnection tries to close the connection.
func queryTrades(database: Database) async throws {
  try await withConnection(to: database) { connection in
    try await connection.execute("SELECT * FROM trades", taking: .seconds(1))
  }
}
