// Exercise 9.1, wrong: counts the ticks passed with a floor plus one, so a round
// that ends exactly on a tick skips it.
// Rejected with: Skip only the deadlines already past
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
  let start = clock.now
  var rounds = 0
  while !Task.isCancelled {
    rounds += 1
    await round(rounds)
    let ticks = Int((start.duration(to: clock.now) / period).rounded(.down))
    let deadline = start.advanced(by: period * (ticks + 1))
    do { try await clock.sleep(until: deadline, tolerance: nil) } catch {
      break
    }
  }
  return rounds
}
