import CourseKit

let chapter = Chapter(
  4,
  "Async/await",
  scenes: [
    .runtime("One await after another") { stage in
      try await oneAfterAnother(clock: stage.clock, console: stage.console)
    },
    .runtime("Three at once: async let") { stage in
      try await gatherThree(clock: stage.clock, console: stage.console)
    },
    .runtime("Any number at once: a task group") { stage in
      try await gatherMany(
        api: stage.api(latency: itemLatencies),
        console: stage.console
      )
    },
    .runtime("A task: create_task in Swift") { stage in
      try await startATask(
        api: stage.api(),
        executor: stage.executor,
        console: stage.console
      )
    },
    .runtime("A callback API, awaited") { stage in
      try await bridging(api: stage.api(), console: stage.console)
    },
    .runtime("A continuation never resumed") { stage in
      try await neverResumed(
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .runtime("100 endpoints, one at a time") { stage in
      try await oneAtATime(api: endpointsAPI(stage), console: stage.console)
    },
    .runtime("100 endpoints, all at once") { stage in
      try await allAtOnce(api: endpointsAPI(stage), console: stage.console)
    },
    .runtime("100 endpoints, ten at a time") { stage in
      try await atMostTen(api: endpointsAPI(stage), console: stage.console)
    },
    .runtime("Twelve endpoints, four at a time") { stage in
      try await twelveFourAtATime(
        api: stage.api(latency: .fixed(.milliseconds(500))),
        console: stage.console
      )
    },
    .runtime("Shared state in an actor") { stage in
      try await countHits(api: endpointsAPI(stage), console: stage.console)
    },
    .runtime("A task left running when the program ends") { stage in
      try await endTooSoon(
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
  ])

// The endpoints answer in 20 ms, and are not drawn: 100 lanes is too many.
func endpointsAPI(_ stage: AsyncStage) -> RemoteAPI {
  stage.api(latency: .fixed(.milliseconds(20)), drawn: false)
}
