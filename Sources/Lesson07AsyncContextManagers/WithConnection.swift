import CourseKit

// Swift's `async with`: a function that opens the resource, lends it to
// `body`, and closes it on every path out. A cancelled task reaches the
// `catch` too, because cancellation arrives as a thrown CancellationError.
// `nonisolated(nonsending)` runs the helper and `body` on the caller's
// actor, so that an actor's code can go in `body`.
nonisolated(nonsending) func withConnection<T>(
  to database: Database,
  _ body: nonisolated(nonsending) (Connection) async throws -> T
) async throws -> T {
  let connection = try await database.connect()
  let result: T
  do {
    result = try await body(connection)
  } catch {
    try? await connection.close()
    throw error
  }
  try await connection.close()
  return result
}
