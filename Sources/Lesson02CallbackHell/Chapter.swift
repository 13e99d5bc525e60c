import CourseKit
import Shop

let chapter = Chapter(
  2,
  "Callback hell",
  scenes: [
    .callbacks("The pyramid of doom") { stage in
      thePyramid(api: shopAPI(stage), console: stage.console)
    },
    .callbacks("An error, dropped") { stage in
      thePyramid(api: shopAPI(stage, failing: true), console: stage.console)
    },
    .callbacks("An error path at every level") { stage in
      everyLevelHandlesErrors(
        api: shopAPI(stage, failing: true),
        console: stage.console
      )
    },
    .callbacks("Named functions") { stage in
      namedSteps(api: shopAPI(stage), console: stage.console)
    },
    .callbacks("Three requests in parallel") { stage in
      threeInParallel(
        api: stage.api(latency: parallelLatencies),
        console: stage.console
      )
    },
    .callbacks("Dependent and independent, side by side") { stage in
      sideBySide(api: shopAPI(stage), console: stage.console)
    },
    .callbacks("A callback called twice") { stage in
      let payments = PaymentService(loop: stage.loop)
      checkout(card: "slow", payments: payments, console: stage.console)
    },
    .callbacks("A callback never called") { stage in
      let payments = PaymentService(loop: stage.loop)
      checkout(card: "expired", payments: payments, console: stage.console)
    },
    .callbacks("Guarded: exactly once, or a timeout") { stage in
      let payments = PaymentService(loop: stage.loop)
      for card in ["slow", "expired", "late"] {
        guardedCheckout(
          card: card,
          payments: payments,
          loop: stage.loop,
          console: stage.console
        )
      }
    },
  ])
