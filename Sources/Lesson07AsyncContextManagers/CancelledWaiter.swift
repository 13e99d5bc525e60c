import CourseKit

// A pool of one. A holds the connection for a second; B and C wait in
// line. B's task is cancelled: B leaves the line at once, and when A gives
// the connection back, C gets it.
func cancelAWaiter(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  timeline: Timeline
) async throws {
  let pool = try await openPool(
    of: 1, clock: clock, executor: executor, console: console)
  let start = clock.now
  func startTask(_ name: String, after offset: Duration, for work: Duration)
    -> Task<Void, any Error>
  {
    Task(executorPreference: executor) {
      try await clock.sleep(
        until: start.advanced(by: offset), tolerance: nil)
      do {
        try await useThePool(pool, as: name, for: work, timeline: timeline)
      } catch {
        console.log("\(name) threw \(error)")
      }
    }
  }
  let a = startTask("A", after: .zero, for: .seconds(1))
  let b = startTask("B", after: .milliseconds(100), for: .milliseconds(300))
  let c = startTask("C", after: .milliseconds(200), for: .milliseconds(300))
  try await clock.sleep(
    until: start.advanced(by: .milliseconds(500)), tolerance: nil)
  console.log("cancelling B")
  b.cancel()
  try await b.value
  await logCounts(of: pool, on: console)
  try await a.value
  try await c.value
  await logCounts(of: pool, on: console)
}
