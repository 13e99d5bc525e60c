import CourseKit

let chapter = Chapter(
  9,
  "A real-time data pipeline",
  scenes: [
    .onSwiftRuntime("The seed's loop drifts; a schedule does not") { stage in
      try await seedAgainstSchedule(stage: stage)
    },
    .onSwiftRuntime("A round that overruns") { stage in
      try await overrun(stage: stage)
    },
    .onSwiftRuntime("One failing fetch ends the seed's monitor") { stage in
      await oneFailureEndsIt(stage: stage)
    },
    .onSwiftRuntime("One round: a limit, timeouts, retries") { stage in
      await oneRound(stage: stage)
    },
    .onSwiftRuntime("An actor that pages once") { stage in
      await pageOnce(stage: stage)
    },
    .onSwiftRuntime("The monitor, until Ctrl-C") { stage in
      await stoppedByCtrlC(stage: stage)
    },
  ],
  live: { console in try await runLive(console: console) }
)
