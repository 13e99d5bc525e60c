import CourseKit

// I/O-bound work: a request spends its 50 ms waiting. One after another,
// the waits add up; all at once, they overlap.

func inTurn(_ count: Int, clock: some Clock<Duration>) async throws {
  for id in 0..<count {
    _ = try await fetch(id, clock: clock)
  }
}

func atOnce(_ count: Int, clock: some Clock<Duration>) async throws {
  try await withThrowingTaskGroup(of: Int.self) { group in
    for id in 0..<count {
      group.addTask { try await fetch(id, clock: clock) }
    }
    try await group.waitForAll()
  }
}

func inTurnOrAtOnce(console: Console, clock: some Clock<Duration>)
  async throws
{
  let widths = [8, 18, 12]
  console.print(
    row(["requests", "one after another", "all at once"], widths: widths))
  for count in counts {
    let oneByOne = try await time(on: clock) {
      try await inTurn(count, clock: clock)
    }
    let together = try await time(on: clock) {
      try await atOnce(count, clock: clock)
    }
    console.print(
      row(
        [grouped(count), exactly(oneByOne), exactly(together)],
        widths: widths))
  }
}
