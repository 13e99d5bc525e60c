// Exercise 9.1, wrong: counts a round once the sleep after it is over, so
// the round in progress when the task is cancelled is not counted.
// Rejected with: Two rounds started (at 0.0 and 1.0 s)
/// Exercise 9.1: runs `round` on a fixed grid until the task is cancelled,
/// and returns how many rounds it started.
///
/// Round 1 starts at once; round k starts at `start + (k - 1) × period`,
/// whatever the rounds before it took. A round that runs past the next
/// deadline skips the ticks it missed: the next round starts at the first
/// deadline still ahead, on the same grid. Cancelled while waiting for a
/// deadline, it returns at once; cancelled during a round, it lets the
/// round finish, then returns without starting another.
public func runOnSchedule(
  every period: Duration,
  clock: some Clock<Duration>,
  _ round: (Int) async -> Void
) async -> Int {
  var deadline = clock.now
  var rounds = 0
  while true {
    await round(rounds + 1)
    let late = deadline.duration(to: clock.now) / period
    deadline = deadline.advanced(by: period * max(Int(late.rounded(.up)), 1))
    do { try await clock.sleep(until: deadline, tolerance: nil) } catch {
      break
    }
    rounds += 1
  }
  return rounds
}
