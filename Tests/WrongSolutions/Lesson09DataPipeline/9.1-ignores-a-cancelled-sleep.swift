// Exercise 9.1, wrong: `try?` on the sleep: cancelled, the sleep throws at once, and
// the loop starts round after round without waiting.
// Rejected with: A cancelled task's sleep throws
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
    rounds += 1
    await round(rounds)
    let late = deadline.duration(to: clock.now) / period
    deadline = deadline.advanced(by: period * max(Int(late.rounded(.up)), 1))
    try? await clock.sleep(until: deadline, tolerance: nil)
  }
}
