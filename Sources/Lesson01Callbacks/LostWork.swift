import CourseKit

// The futures tutorial's first example, with callbacks: work scheduled for
// 2 s, and a program that ends at 1 s. `loop.stop()` plays the part of
// `main` returning.
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

// The fix: do not end at a time picked in advance. The loop's `run()`
// returns only when nothing is left to run, so the program ends when the
// work does.
func endWhenDone(loop: EventLoop, console: Console) {
  console.log("Before callback")
  loop.callLater(after: .seconds(2)) {
    console.log("Callback executed")
  }
  loop.callLater(after: .seconds(1)) {
    console.log("After callback")
  }
}
