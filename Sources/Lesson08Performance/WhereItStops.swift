import CourseKit

// All at once again, but the other side has a limit. Concurrency overlaps
// the waits; it cannot make the server serve more at a time, or let you
// send faster than you are allowed.

func atOnce(
  _ count: Int,
  to server: Server,
  clock: some Clock<Duration>
) async throws {
  try await withThrowingTaskGroup(of: Int.self) { group in
    for id in 0..<count {
      group.addTask { try await server.answer(id, clock: clock) }
    }
    try await group.waitForAll()
  }
}

func atOnce<C: Clock<Duration>>(
  _ count: Int,
  within limit: RateLimit<C>,
  clock: C
) async throws {
  try await withThrowingTaskGroup(of: Int.self) { group in
    for id in 0..<count {
      group.addTask {
        try await clock.sleep(until: await limit.start(), tolerance: nil)
        return try await fetch(id, clock: clock)
      }
    }
    try await group.waitForAll()
  }
}

func whereItStops<C: Clock<Duration>>(console: Console, clock: C)
  async throws
{
  let widths = [8, 8, 12, 12]
  console.print(
    row(
      ["requests", "no limit", "10 at a time", "100 a second"], widths: widths))
  for count in counts {
    let free = try await time(on: clock) {
      try await atOnce(count, clock: clock)
    }
    let server = Server(capacity: 10)
    let bounded = try await time(on: clock) {
      try await atOnce(count, to: server, clock: clock)
    }
    let limit = RateLimit(perSecond: 100, clock: clock)
    let limited = try await time(on: clock) {
      try await atOnce(count, within: limit, clock: clock)
    }
    console.print(
      row(
        [grouped(count), exactly(free), exactly(bounded), exactly(limited)],
        widths: widths))
  }
}
