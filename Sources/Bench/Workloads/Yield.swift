/// Suspends and is scheduled again, 200,000 times: `Task.yield()` puts
/// the task at the back of the line and a thread picks it up again. That
/// trip through the scheduler is what a real suspension costs.
func yieldAndResume(_ options: Options) async -> [Double] {
  let count = 200_000
  return await measure(options, operations: count) {
    for _ in 0..<count { await Task.yield() }
  }
}
