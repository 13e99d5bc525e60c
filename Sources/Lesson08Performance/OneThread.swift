import CourseKit

// CPU-bound work on the course's loop, one thread as asyncio has. A task
// that computes never waits, so it never lets another task run: four
// computations "at once" take as long as four in a row.

/// 0.2 s of computing. The loop's `blockThread` stands in for it: the
/// thread is busy, and nothing else on the loop runs meanwhile.
func compute(_ index: Int, stage: LoopStage) {
  let span = stage.timeline.begin("compute \(index)")
  stage.loop.blockThread(for: .milliseconds(200))
  span.end()
}

func fourComputations(stage: LoopStage) async {
  let start = stage.clock.now
  await withTaskGroup(of: Void.self) { group in
    for index in 1...4 {
      group.addTask { compute(index, stage: stage) }
    }
  }
  let took = start.duration(to: stage.clock.now)
  stage.console.log(
    "4 computations of 0.2 s, all at once: \(Console.seconds(took)) s")
}
