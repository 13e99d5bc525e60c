import CourseKit

// `produceAndConsume` again, through a `BoundedChannel` of two. When the
// buffer is full, `send` waits until the consumer takes an item: nothing
// is dropped, and the buffer never holds more than two.
func produceAndConsumeWithBackpressure(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  timeline: Timeline
) async throws {
  let channel = BoundedChannel<Int>(capacity: 2)
  let lanes = ItemLanes(timeline)
  Task(executorPreference: executor) {
    for item in 1...6 {
      lanes.waiting(item)
      let waited = await clock.measure { await channel.send(item) }
      // (A real clock measures a little even when nothing waited.)
      if waited >= .milliseconds(50) {
        console.log(
          "send(\(item)) waited \(Console.seconds(waited)) s for space")
      }
      try await clock.sleep(for: .milliseconds(200))
    }
    await channel.finish()
  }
  try await consumeSlowly(
    channel, lanes: lanes, clock: clock, console: console)
}
