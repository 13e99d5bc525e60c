// Exercise 9.1, wrong: moves the deadline forward only while it is in
// the past, so a round that takes no time is followed by another at the
// same instant, at its own deadline.
// Rejected with: the same instant as round 1
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
  var count = 0
  while true {
    count += 1
    await round(count)
    while deadline < clock.now { deadline = deadline.advanced(by: period) }
    do { try await clock.sleep(until: deadline, tolerance: nil) } catch {
      return count
    }
  }
}
