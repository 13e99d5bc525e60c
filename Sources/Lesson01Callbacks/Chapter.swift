import CourseKit

let chapter = Chapter(
  1,
  "Callbacks",
  scenes: [
    .callbacks("A callback that blocks") { stage in
      aCallbackThatBlocks(loop: stage.loop, console: stage.console)
    },
    .callbacks("A completion handler") { stage in
      aCompletionHandler(loop: stage.loop, console: stage.console)
    },
    .callbacks("Who calls you back: the loop") { stage in
      whoCallsBack(loop: stage.loop, console: stage.console)
    },
    .callbacks("Blocking holds up the loop") { stage in
      blockingHoldsUpTheLoop(loop: stage.loop, console: stage.console)
    },
    .callbacks("Calling back inline") { stage in
      askForProfiles(
        inline: true,
        api: stage.api(drawn: false),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("Calling back from the loop") { stage in
      askForProfiles(
        inline: false,
        api: stage.api(drawn: false),
        loop: stage.loop,
        console: stage.console
      )
    },
    .callbacks("Work lost when the program ends") { stage in
      endTooSoon(loop: stage.loop, console: stage.console)
    },
    .callbacks("Ending when the work is done") { stage in
      endWhenDone(loop: stage.loop, console: stage.console)
    },
    .callbacks("Three requests in flight") { stage in
      let api = stage.api(latency: threeLatencies, drawn: false)
      threeInFlight(
        api: api,
        console: stage.console,
        timeline: stage.timeline
      )
    },
  ])
