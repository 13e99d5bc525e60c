import CourseKit

let chapter = Chapter(
  4,
  "Async/await",
  scenes: [
    .onSwiftRuntime("One await after another") { stage in
      try await oneAfterAnother(clock: stage.clock, console: stage.console)
    },
    .onSwiftRuntime("Three at once: async let") { stage in
      try await gatherThree(clock: stage.clock, console: stage.console)
    },
    .onSwiftRuntime("Any number at once: a task group") { stage in
      try await gatherMany(
        api: stage.api(latency: itemLatencies),
        console: stage.console
      )
    },
    .onSwiftRuntime("A task: create_task in Swift") { stage in
      try await aTasksLifetime(
        api: stage.api(latency: taskLatencies, drawn: false),
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("Cancelling a task") { stage in
      try await cancelTheReport(
        api: stage.api(latency: .fixed(.seconds(2))),
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("A callback API, awaited") { stage in
      try await bridging(api: stage.api(drawn: false), console: stage.console)
    },
    .onSwiftRuntime("A continuation never resumed") { stage in
      try await neverResumed(
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("A continuation does not hear cancellation") { stage in
      try await cancellingBridges(
        service: DownloadService(clock: stage.clock, executor: stage.executor),
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("100 endpoints, three ways") { stage in
      let console = stage.console
      let sequential = endpointsAPI(stage, drawnAs: "one at a time")
      try await oneAtATime(api: sequential, console: console)
      let together = endpointsAPI(stage, drawnAs: "all at once")
      try await allAtOnce(api: together, console: console)
      let limited = endpointsAPI(stage, drawnAs: "ten at a time")
      try await atMostTen(api: limited, console: console)
    },
    .onSwiftRuntime("Twelve endpoints, four at a time") { stage in
      try await twelveFourAtATime(
        api: stage.api(latency: .fixed(.milliseconds(500))),
        console: stage.console
      )
    },
    .onSwiftRuntime("Shared state in an actor") { stage in
      try await countHits(api: endpointsAPI(stage), console: stage.console)
    },
    .onSwiftRuntime("A task left running when the program ends") { stage in
      try await endTooSoon(
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
  ])

// The endpoints answer in 20 ms. Each way of fetching them gets an API of
// its own, which counts its own requests in flight and draws all of them in
// one lane, named `lane`; without a lane, nothing is drawn.
func endpointsAPI(_ stage: RuntimeStage, drawnAs lane: String? = nil)
  -> RemoteAPI
{
  stage.api(latency: .fixed(.milliseconds(20)), drawn: lane != nil) { _ in
    lane ?? ""
  }
}
