import CourseKit

// Seed 000's first example with callbacks: schedule work for 2 s, end the
// program at 1 s. Ending the program is `loop.stop()` here, or returning
// from `main` in a real program.
func endTooSoon(loop: EventLoop, console: Console) {
  console.log("Before callback")
  loop.callLater(after: .seconds(2)) {
    console.log("Callback executed")
  }
  loop.callLater(after: .seconds(1)) {
    console.log("After callback")
    loop.stop()
  }
}

// The fix: the program ends when the work says it is done, not at a time
// picked in advance.
func endWhenDone(loop: EventLoop, console: Console) {
  console.log("Before callback")
  loop.callLater(after: .seconds(2)) {
    console.log("Callback executed")
    loop.stop()
  }
  loop.callLater(after: .seconds(1)) {
    console.log("After callback")
  }
}
