import CourseKit

// What `withTimeout` throws when time runs out first.
struct TimedOut: Error, CustomStringConvertible {
  let limit: Duration
  var description: String { "timed out after \(Console.seconds(limit)) s" }
}

// asyncio's `wait_for`, in Swift: the operation and a timer race in a task
// group. The first child to end decides: its value is returned, or its
// error thrown (`TimedOut`, from the timer), and `cancelAll()` stops the
// other. The group then waits for that child to end.
func withTimeout<T: Sendable>(
  _ limit: Duration,
  clock: some Clock<Duration>,
  operation: @escaping @Sendable () async throws -> T
) async throws -> T {
  try await withThrowingTaskGroup(of: T.self) { group in
    group.addTask(operation: operation)
    group.addTask {
      try await clock.sleep(for: limit)
      throw TimedOut(limit: limit)
    }
    defer { group.cancelAll() }
    return try await group.next()!
  }
}

// Fetches `url`, giving it `limit`, and logs how it went.
func fetch(
  _ url: String,
  within limit: Duration,
  api: RemoteAPI,
  clock: some Clock<Duration>,
  console: Console
) async {
  do {
    let body = try await withTimeout(limit, clock: clock) {
      try await api.fetch(url)
    }
    console.log("got \(body)")
  } catch {
    console.log("\(url): \(error)")
  }
}

// The race again, with an operation that does not hear cancellation. The
// timer wins at 1 s and the group cancels the fetch, but the group cannot
// end before its child does: the timeout is thrown when the fetch is over.
func timeoutIgnored(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  console: Console
) async {
  do {
    let body = try await withTimeout(.seconds(1), clock: clock) {
      try await fetchIgnoringCancellation(
        "https://api.example.com/report", api: api)
    }
    console.log("got \(body)")
  } catch {
    console.log("the call threw \(error)")
  }
}
