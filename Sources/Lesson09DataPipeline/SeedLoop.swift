// The seed's `monitor_markets` loop, in Swift: a round (the seed's
// `gather` of every symbol), then a sleep for the period. The seed loops
// forever; `rounds` stops it here.
//
// Each round starts a period after the last one *ended*, so the period is
// really 1 s plus the round's slowest fetch; and an error thrown by a round
// leaves the loop, so one failing fetch ends the monitor.
func seedLoop(
  rounds: Int,
  period: Duration,
  clock: some Clock<Duration>,
  _ round: (Int) async throws -> Void
) async throws {
  for number in 1...rounds {
    try await round(number)
    try await clock.sleep(for: period)
  }
}

// Every symbol at once, the way the seed's `gather` fetches them: a
// throwing task group, whose first error is thrown out of the round (and
// cancels the fetches still running).
func fetchAll(round: Int, from quotes: some QuoteSource) async throws {
  try await withThrowingTaskGroup(of: Quote.self) { group in
    for symbol in watchList {
      group.addTask { try await quotes.quote(symbol, round: round) }
    }
    for try await _ in group {}
  }
}
