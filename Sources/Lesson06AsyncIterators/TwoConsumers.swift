import CourseKit

// Two consumers iterate one stream. AsyncStream does not give each of them
// every element: each element goes to one consumer, the one that has been
// waiting longest, so here they take turns.
func twoConsumers(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
  func consumer() -> Task<[Int], Never> {
    Task(executorPreference: executor) {
      var got: [Int] = []
      for await number in stream { got.append(number) }
      return got
    }
  }
  let a = consumer()
  try await clock.sleep(for: .milliseconds(50))
  let b = consumer()
  try await clock.sleep(for: .milliseconds(50))
  for number in 1...6 {
    continuation.yield(number)
    try await clock.sleep(for: .milliseconds(100))
  }
  continuation.finish()
  console.log("A got \(await a.value)")
  console.log("B got \(await b.value)")
}
