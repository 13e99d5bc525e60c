import CourseKit

// An actor whose code goes in withConnection's body. The body reads and
// writes `refreshes` with no `await`: withConnection and its body are
// `nonisolated(nonsending)`, so they run on the actor that calls them.
actor Dashboard {
  private(set) var refreshes = 0

  func refresh(from database: Database) async throws {
    try await withConnection(to: database) { connection in
      try await connection.execute("SELECT balance FROM accounts")
      refreshes += 1
    }
  }
}

func refreshTheDashboard(database: Database) async throws {
  let dashboard = Dashboard()
  try await dashboard.refresh(from: database)
  database.console.log("refreshes: \(await dashboard.refreshes)")
}
