import CourseKit

// Eight requests, three at a time. Most answer in 0.1 s; a few are slow.
let latencies: [Duration] = [0.3, 0.1, 0.2, 0.1, 0.4, 0.1, 0.1, 0.2].map {
  .milliseconds(Int($0 * 1000))
}

/// A request that takes `latency`, drawn in its own lane.
func request(
  _ index: Int,
  clock: some Clock<Duration>,
  timeline: Timeline
) async throws {
  let span = timeline.begin("request \(index + 1)")
  try await clock.sleep(for: latencies[index])
  span.end()
}

/// Three at a time in batches: each batch waits for its slowest request
/// before the next begins.
func inBatches(
  of size: Int,
  clock: some Clock<Duration>,
  timeline: Timeline
) async throws {
  for batch in stride(from: 0, to: latencies.count, by: size) {
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in batch..<min(batch + size, latencies.count) {
        group.addTask {
          try await request(index, clock: clock, timeline: timeline)
        }
      }
      try await group.waitForAll()
    }
  }
}

/// Three at a time in a sliding window: start three, then one more each
/// time one finishes, so three are in flight until the line runs out.
func inAWindow(
  of size: Int,
  clock: some Clock<Duration>,
  timeline: Timeline
) async throws {
  try await withThrowingTaskGroup(of: Void.self) { group in
    var next = 0
    func startNext() {
      guard next < latencies.count else { return }
      let index = next
      group.addTask {
        try await request(index, clock: clock, timeline: timeline)
      }
      next += 1
    }
    for _ in 0..<size { startNext() }
    while try await group.next() != nil {
      startNext()
    }
  }
}

func inBatchesOfThree(stage: RuntimeStage) async throws {
  let took = try await time(on: stage.clock) {
    try await inBatches(of: 3, clock: stage.clock, timeline: stage.timeline)
  }
  stage.console.log("8 requests in batches of 3: \(Console.seconds(took)) s")
}

func inAWindowOfThree(stage: RuntimeStage) async throws {
  let took = try await time(on: stage.clock) {
    try await inAWindow(of: 3, clock: stage.clock, timeline: stage.timeline)
  }
  stage.console.log("8 requests, a window of 3: \(Console.seconds(took)) s")
}
