import CourseKit

// A stream's two halves: `stream` for the consumer, `continuation` for the
// producer. `yield` tells you what became of each element, `finish()` ends
// the stream, and `onTermination` runs once, when the stream ends.
func yieldAndFinish(console: Console) async {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  continuation.onTermination = { reason in
    console.log("onTermination: \(reason)")
  }
  console.log("yield(1): \(continuation.yield(1))")
  console.log("yield(2): \(continuation.yield(2))")
  continuation.finish()
  console.log("yield(3) after finish(): \(continuation.yield(3))")
  for await number in stream {
    console.log("the consumer got \(number)")
  }
  console.log("the loop ended")
}
