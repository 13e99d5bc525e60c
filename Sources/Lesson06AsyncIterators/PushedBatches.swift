import CourseKit

// The same batches, pushed into a stream by a task of their own. The
// producer does not wait for the consumer: it fetches the next batch while
// the last one is processed, and the stream keeps what is not yet taken.
func pushedBatches(
  count: Int,
  clock: any Clock<Duration>,
  executor: any TaskExecutor,
  timeline: Timeline
) -> AsyncThrowingStream<[String], any Error> {
  let (stream, continuation) = AsyncThrowingStream.makeStream(
    of: [String].self)
  let producer = Task(executorPreference: executor) {
    do {
      for number in 0..<count {
        let batch = try await timeline.measure("fetch batch \(number)") {
          try await fetchBatch(number, clock: clock)
        }
        continuation.yield(batch)
      }
      continuation.finish()
    } catch {
      continuation.finish(throwing: error)
    }
  }
  // When the consumer stops listening, stop fetching.
  continuation.onTermination = { _ in producer.cancel() }
  return stream
}
