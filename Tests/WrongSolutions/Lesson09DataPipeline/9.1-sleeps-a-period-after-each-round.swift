// Exercise 9.1, wrong: the seed's loop: a round, then a sleep for the period, so each
// round starts a period after the last one ended.
// Rejected with: Sleeping for a period after each round adds the round
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
  var rounds = 0
  while !Task.isCancelled {
    rounds += 1
    await round(rounds)
    do { try await clock.sleep(for: period) } catch { break }
  }
  return rounds
}
