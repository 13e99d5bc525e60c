import CourseKit

// Four tasks share a pool of two connections. Each starts 0.1 s after the
// one before, waits (░) until a connection is free, then uses it (█).
func fourTasksTwoConnections(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  timeline: Timeline
) async throws {
  let pool = try await openPool(
    of: 2, clock: clock, executor: executor, console: console)
  let start = clock.now
  try await withThrowingTaskGroup { group in
    let work: [(String, Duration)] = [
      ("A", .milliseconds(500)), ("B", .milliseconds(300)),
      ("C", .milliseconds(400)), ("D", .milliseconds(200)),
    ]
    for (offset, (name, duration)) in work.enumerated() {
      group.addTask {
        try await clock.sleep(
          until: start.advanced(by: .milliseconds(100 * offset)),
          tolerance: nil)
        try await useThePool(
          pool, as: name, for: duration, timeline: timeline)
      }
    }
    try await group.waitForAll()
  }
  await logCounts(of: pool, on: console)
}

// One task's turn: wait for a connection, then run a query on it.
func useThePool(
  _ pool: ConnectionPool,
  as name: String,
  for duration: Duration,
  timeline: Timeline
) async throws {
  let waiting = timeline.beginWaiting(name)
  do {
    try await pool.withConnection { connection in
      waiting.end()
      try await timeline.measure(name) {
        try await connection.execute("\(name)'s query", taking: duration)
      }
    }
  } catch {
    waiting.fail()
    throw error
  }
}

// A pool of `count` connections, opened one after another, to a server
// drawn on no timeline: the chart shows the tasks instead.
func openPool(
  of count: Int,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws -> ConnectionPool {
  let database = Database(clock: clock, console: console, timeline: nil)
  var connections: [Connection] = []
  for _ in 0..<count { connections.append(try await database.connect()) }
  return ConnectionPool(connections: connections, executor: executor)
}

// Prints how many connections are idle, and how many tasks wait for one.
func logCounts(of pool: ConnectionPool, on console: Console) async {
  console.log(
    "idle: \(await pool.idleCount), waiting: \(await pool.waitingCount)")
}
