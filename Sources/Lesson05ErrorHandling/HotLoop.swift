import CourseKit

// Asks whether an export is ready once a second, six times. `try?` throws
// away the sleep's `CancellationError`: once the task is cancelled, every
// sleep fails at once, and the loop asks as fast as it can.
func pollSwallowingCancellation(clock: some Clock<Duration>, console: Console)
  async
{
  for check in 1...6 {
    console.log("is the export ready? (check \(check))")
    try? await clock.sleep(for: .seconds(1))
  }
}

// The fix: `try`, not `try?`. The first sleep after the cancellation
// throws, and the error ends the loop.
func poll(clock: some Clock<Duration>, console: Console) async throws {
  for check in 1...6 {
    console.log("is the export ready? (check \(check))")
    try await clock.sleep(for: .seconds(1))
  }
}
