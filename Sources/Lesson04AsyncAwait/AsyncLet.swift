import CourseKit

// The tutorial's `asyncio.gather` of three fetches, with `async let`: each
// call starts at once, as a child task, and `await` collects the results
// in the order written.
func gatherThree(clock: some Clock<Duration>, console: Console)
  async throws
{
  async let first = fetchData(tutorialURLs[0], clock: clock, console: console)
  async let second = fetchData(tutorialURLs[1], clock: clock, console: console)
  async let third = fetchData(tutorialURLs[2], clock: clock, console: console)
  let results = try await [first, second, third]
  for result in results {
    console.log(result)
  }
}
