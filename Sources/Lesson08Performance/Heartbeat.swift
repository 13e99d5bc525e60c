import CourseKit

// A heartbeat due every 0.1 s, and a task that makes one blocking call in
// the middle. The call holds the loop's only thread, so the heartbeat's
// ticks come late, all at once, when the call returns.

/// Ten ticks, each due 0.1 s after the one before, from the start.
func heartbeat(stage: LoopStage) async throws {
  let start = stage.clock.now
  for tick in 1...10 {
    let due = start.advanced(by: .milliseconds(100 * tick))
    try await stage.clock.sleep(until: due)
    // To the tenth of a second, as the log's time stamps: a real clock
    // wakes a little late every time.
    let late = Console.seconds(due.duration(to: stage.clock.now))
    stage.console.log(
      "tick \(tick)" + (late == "0.0" ? "" : ", \(late) s late"))
  }
}

/// Starts at 0.22 s, and blocks the thread for 0.48 s: a synchronous
/// file read, a `DispatchSemaphore.wait()`, a `usleep`.
func blockingWork(stage: LoopStage) async throws {
  try await stage.clock.sleep(for: .milliseconds(220))
  stage.console.log("a blocking call for 0.48 s")
  let span = stage.timeline.begin("blocking call")
  stage.loop.blockThread(for: .milliseconds(480))
  span.end()
}

func aBlockingCall(stage: LoopStage) async throws {
  try await withThrowingTaskGroup(of: Void.self) { group in
    group.addTask { try await heartbeat(stage: stage) }
    group.addTask { try await blockingWork(stage: stage) }
    try await group.waitForAll()
  }
}
