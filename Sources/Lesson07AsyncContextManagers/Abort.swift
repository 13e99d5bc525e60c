import CourseKit

// Cleanup that does not wait cannot be cancelled, so `defer` can run it
// on every path, cancellation included. The price: `abort()` drops the
// connection without a goodbye, and the server sees a reset.
func queryThenAbort(database: Database) async throws {
  let connection = try await database.connect()
  defer { connection.abort() }
  try await connection.execute("SELECT * FROM trades", taking: .seconds(1))
}
