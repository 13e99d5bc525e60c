import CourseKit
import Synchronization

// A database server, simulated. Every request is a round trip on the
// clock, and the server counts the connections it has open, so that a
// scene can show one that was never closed. Waiting on the clock is what
// a network call does: it throws CancellationError in a cancelled task.
final class Database: Sendable {
  let clock: any Clock<Duration>
  let console: Console
  let timeline: Timeline?
  private let state = Mutex((nextID: 1, open: Set<Int>()))

  init(clock: any Clock<Duration>, console: Console, timeline: Timeline?) {
    self.clock = clock
    self.console = console
    self.timeline = timeline
  }

  // Opens a connection: a round trip of 0.1 s.
  func connect() async throws -> Connection {
    let span = timeline?.begin("connect")
    try await clock.sleep(for: .milliseconds(100))
    span?.end()
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      state.open.insert(state.nextID)
      return state.nextID
    }
    console.log("connection \(id) opened")
    return Connection(id: id, database: self)
  }

  // How many connections the server still holds open.
  var openConnections: Int { state.withLock { $0.open.count } }

  fileprivate func forget(_ id: Int) {
    _ = state.withLock { $0.open.remove(id) }
  }
}

// One connection to the simulated server.
final class Connection: Sendable {
  let id: Int
  let database: Database

  fileprivate init(id: Int, database: Database) {
    self.id = id
    self.database = database
  }

  // Sends `sql` and waits for the reply.
  func execute(
    _ sql: String,
    taking duration: Duration = .milliseconds(100)
  ) async throws {
    database.console.log("connection \(id): \(sql)")
    try await roundTrip(sql, taking: duration)
  }

  // Says goodbye, and waits for the server to close its end: a round trip
  // like any other, so it throws CancellationError in a cancelled task,
  // and the server keeps the connection open.
  func close() async throws {
    try await roundTrip("close", taking: .milliseconds(100))
    database.forget(id)
    database.console.log("connection \(id) closed")
  }

  // Drops the connection without a goodbye: synchronous, so it cannot be
  // cancelled, but the server only learns of it as a reset.
  func abort() {
    database.forget(id)
    database.console.log("connection \(id) reset")
  }

  private func roundTrip(_ lane: String, taking duration: Duration)
    async throws
  {
    let span = database.timeline?.begin(lane)
    do {
      try await database.clock.sleep(for: duration)
      span?.end()
    } catch {
      span?.fail()
      database.console.log("connection \(id): \(lane) failed: \(error)")
      throw error
    }
  }
}
