import CourseKit

let chapter = Chapter(
  8,
  "Performance",
  scenes: [
    .inSimulatedTime("One after another, or all at once") { stage in
      try await inTurnOrAtOnce(console: stage.console, clock: stage.clock)
    },
    .inSimulatedTime("Where concurrency stops helping") { stage in
      try await whereItStops(console: stage.console, clock: stage.clock)
    },
    .onSwiftRuntime("In batches of three") { stage in
      try await inBatchesOfThree(stage: stage)
    },
    .onSwiftRuntime("A sliding window of three") { stage in
      try await inAWindowOfThree(stage: stage)
    },
    .onLoop("CPU-bound work on one thread") { stage in
      await fourComputations(stage: stage)
    },
    .onLoop("A blocking call starves the others") { stage in
      try await aBlockingCall(stage: stage)
    },
  ])
