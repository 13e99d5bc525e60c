import CourseKit

// When each round starts: round k at `start + k × period`, deadlines on a
// fixed grid, so the time a round takes never pushes the next one back.
//
// A round can still take longer than a period. Then this schedule skips
// the ticks it missed: the next round starts at the first deadline still
// ahead, on the same grid. The alternatives: start the missed rounds at
// once, one after another (a burst of stale, back-to-back polls against a
// server that is probably slow already), or start the next round late and
// move the grid (the drift again, one overrun at a time).
struct Schedule<C: Clock<Duration>> {
  let period: Duration

  // The deadline after `previous` for a round that ended at `now`, and how
  // many ticks were skipped to get there.
  func next(after previous: C.Instant, now: C.Instant) -> (C.Instant, Int) {
    let late = previous.duration(to: now) / period
    let ticks = max(Int(late.rounded(.up)), 1)
    return (previous.advanced(by: period * ticks), ticks - 1)
  }
}

// The schedule on its own: `rounds` rounds on the grid, each running
// `round` to the end before the next deadline is worked out.
func onSchedule<C: Clock<Duration>>(
  every period: Duration,
  rounds: Int,
  clock: C,
  console: Console,
  _ round: (Int) async throws -> Void
) async throws {
  let schedule = Schedule<C>(period: period)
  var deadline = clock.now
  for number in 1...rounds {
    try await clock.sleep(until: deadline, tolerance: nil)
    try await round(number)
    let (next, skipped) = schedule.next(after: deadline, now: clock.now)
    if skipped > 0 {
      console.log("round \(number) overran: \(skipped) tick skipped")
    }
    deadline = next
  }
}
