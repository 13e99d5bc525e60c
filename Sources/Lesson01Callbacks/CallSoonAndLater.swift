import CourseKit

func whoCallsBack(loop: EventLoop, console: Console) {
  console.log("main code starts")
  loop.callLater(after: .seconds(1)) { console.log("callLater, 1 s") }
  loop.callLater(after: .zero) { console.log("callLater, 0 s") }
  loop.callSoon { console.log("callSoon, first") }
  loop.callSoon {
    console.log("callSoon, second")
    // Scheduled from a callback: it waits for the callbacks already queued.
    loop.callSoon { console.log("callSoon, from inside a callback") }
  }
  console.log("main code ends")
}
