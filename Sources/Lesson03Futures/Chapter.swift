import CourseKit

let chapter = Chapter(
  3,
  "Futures",
  scenes: [
    .callbacks("A future and its promise") { stage in
      aFutureAndItsPromise(loop: stage.loop, console: stage.console)
    },
    .callbacks("The pyramid, flattened") { stage in
      theChainFlattened(
        api: shopAPI(stage),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("One error path for the whole chain") { stage in
      theChainFlattened(
        api: shopAPI(stage, failing: true),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("All of them") { stage in
      allOfThem(api: shopAPI(stage), loop: stage.loop, console: stage.console)
    },
    .callbacks("The first of them") { stage in
      theFirstOfThem(
        api: shopAPI(stage),
        loop: stage.loop,
        console: stage.console
      )
    },
    .onLoop("A Task is a future") { stage in
      try await aTaskIsAFuture(
        api: shopAPI(stage),
        loop: stage.loop,
        console: stage.console
      )
    },
    .onLoop("Awaiting a future") { stage in
      try await awaitingAFuture(
        api: shopAPI(stage),
        loop: stage.loop,
        console: stage.console
      )
    },
  ])

// The shop's API for a scene, drawn on the scene's timeline. `failing`
// makes the second request of the chain fail.
func shopAPI(_ stage: LoopStage, failing: Bool = false) -> RemoteAPI {
  stage.api(
    latency: spreadLatencies,
    failures: failing ? .urls([shop("/orders/1001/shipment")]) : .none,
    responses: shopResponses
  )
}
