import CourseKit

// A producer that yields an item every 0.2 s, six in all, and a consumer
// that takes 0.7 s over each, on a stream with the buffering policy you
// give. Each item is drawn in a lane of its own: `░` while it waits in the
// buffer, `█` while the consumer handles it, `×` when the buffer drops it.
func produceAndConsume(
  policy: AsyncStream<Int>.Continuation.BufferingPolicy,
  clock: any Clock<Duration>,
  executor: any TaskExecutor,
  console: Console,
  timeline: Timeline
) async throws {
  let (stream, continuation) = AsyncStream.makeStream(
    of: Int.self, bufferingPolicy: policy)
  let lanes = ItemLanes(timeline)
  Task(executorPreference: executor) {
    for item in 1...6 {
      lanes.waiting(item)
      if case .dropped(let dropped) = continuation.yield(item) {
        lanes.dropped(dropped)
        console.log("yield(\(item)) dropped \(dropped)")
      }
      try await clock.sleep(for: .milliseconds(200))
    }
    continuation.finish()
  }
  try await consumeSlowly(
    stream, lanes: lanes, clock: clock, console: console)
}

// The consumer: 0.7 s over each item, drawn in the item's lane, and a
// line for what it handled once the items end.
func consumeSlowly(
  _ items: some AsyncSequence<Int, Never>,
  lanes: ItemLanes,
  clock: some Clock<Duration>,
  console: Console
) async throws {
  var handled: [Int] = []
  for await item in items {
    try await lanes.handle(item) {
      try await clock.sleep(for: .milliseconds(700))
    }
    handled.append(item)
  }
  console.log("the consumer handled \(handled)")
}
