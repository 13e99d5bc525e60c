import CourseKit
import Shop

let chapter = Chapter(
  3,
  "Futures",
  scenes: [
    .callbacks("A future and its promise") { stage in
      aFutureAndItsPromise(loop: stage.loop, console: stage.console)
    },
    .callbacks("The pyramid, flattened") { stage in
      theChainFlattened(
        api: shopAPI(stage, latency: spreadLatencies),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("One error path for the whole chain") { stage in
      theChainFlattened(
        api: shopAPI(stage, latency: spreadLatencies, failing: true),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("All of them") { stage in
      allOfThem(
        api: shopAPI(stage, latency: spreadLatencies), loop: stage.loop,
        console: stage.console)
    },
    .callbacks("The first of them") { stage in
      theFirstOfThem(
        api: shopAPI(stage, latency: spreadLatencies),
        loop: stage.loop,
        console: stage.console
      )
    },
    .onLoop("A Task is a future") { stage in
      try await aTaskIsAFuture(
        api: shopAPI(stage, latency: spreadLatencies),
        loop: stage.loop,
        console: stage.console
      )
    },
    .onLoop("Awaiting a future") { stage in
      try await awaitingAFuture(
        api: shopAPI(stage, latency: spreadLatencies),
        loop: stage.loop,
        console: stage.console
      )
    },
  ])
