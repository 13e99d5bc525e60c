import CourseKit

// The async/await tutorial's first coroutine. `async` marks a function that
// can suspend; `await` marks each point where it may.
func fetchData(
  _ url: String,
  clock: some Clock<Duration>,
  console: Console
) async throws -> String {
  console.log("Fetching \(url)")
  // Suspends this task for 2 s. The thread is not blocked: it runs other
  // tasks meanwhile.
  try await clock.sleep(for: .seconds(2))
  return "Data from \(url)"
}

let tutorialURLs = [
  "https://api.example.com/1",
  "https://api.example.com/2",
  "https://api.example.com/3",
]

// Each `await` waits for its call to finish before the next one starts.
func oneAfterAnother(clock: some Clock<Duration>, console: Console)
  async throws
{
  for url in tutorialURLs {
    let data = try await fetchData(url, clock: clock, console: console)
    console.log(data)
  }
}
