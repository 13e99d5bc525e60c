import CourseKit

// The seed's loop and a loop on a schedule, side by side, fetching the
// same quotes with the same latencies. Each round is drawn in its loop's
// lane, from its start to its last quote; when the rounds started is
// printed at the end (two loops printing as they go would print lines due
// at the same instant in any order).
func seedAgainstSchedule(stage: RuntimeStage) async throws {
  try await seedAgainstSchedule(stage: stage, clock: stage.clock)
}

func seedAgainstSchedule(
  stage: RuntimeStage,
  clock: some Clock<Duration>
) async throws {
  let (console, timeline) = (stage.console, stage.timeline)
  let start = clock.now
  let forSeed = SimulatedQuotes(
    api: stage.marketAPI(seed: 7, failures: .none, drawn: false))
  let forSchedule = SimulatedQuotes(
    api: stage.marketAPI(seed: 7, failures: .none, drawn: false))
  let starts = try await withThrowingTaskGroup(
    of: (String, [Duration]).self
  ) { group in
    group.addTask {
      var starts: [Duration] = []
      try await seedLoop(rounds: 4, period: .seconds(1), clock: clock) {
        round in
        starts.append(start.duration(to: clock.now))
        try await timeline.measure("seed's loop") {
          try await fetchAll(round: round, from: forSeed)
        }
      }
      return ("seed's loop", starts)
    }
    group.addTask {
      var starts: [Duration] = []
      try await onSchedule(
        every: .seconds(1), rounds: 4, clock: clock, console: console
      ) { round in
        starts.append(start.duration(to: clock.now))
        try await timeline.measure("on a schedule") {
          try await fetchAll(round: round, from: forSchedule)
        }
      }
      return ("on a schedule", starts)
    }
    return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
  }
  for loop in ["seed's loop", "on a schedule"] {
    let list = starts[loop, default: []].map(Console.seconds)
    console.log("\(loop): rounds at \(list.joined(separator: ", ")) s")
  }
}

// The schedule with a round that takes longer than the period.
func overrun(stage: RuntimeStage) async throws {
  let lengths: [Duration] = [.milliseconds(300), .milliseconds(1300)]
  try await onSchedule(
    every: .seconds(1), rounds: 4, clock: stage.clock, console: stage.console
  ) { round in
    stage.console.log("round \(round)")
    let length =
      round <= lengths.count ? lengths[round - 1] : .milliseconds(300)
    try await stage.timeline.measure("rounds") {
      try await stage.clock.sleep(for: length)
    }
  }
}

// The seed's loop, with a server that fails TSLA's quote in round 3.
func oneFailureEndsIt(stage: RuntimeStage) async {
  let url = "https://market.example.com/quote/TSLA?round=3"
  let quotes = SimulatedQuotes(
    api: stage.marketAPI(seed: 7, failures: .urls([url])))
  do {
    try await seedLoop(rounds: 5, period: .seconds(1), clock: stage.clock) {
      round in
      stage.console.log("seed's loop: round \(round)")
      try await fetchAll(round: round, from: quotes)
    }
  } catch {
    stage.console.log("the monitor is dead: \(error)")
  }
}
