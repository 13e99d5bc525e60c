import CourseKit

// Seed 001's `fetch_with_callback` as written: it sleeps, then calls back.
// `blockThread` does what `time.sleep(1)` does: the thread does nothing
// else for a second, so nothing else on the loop can run.
func fetchBlocking(
  _ url: String,
  on loop: EventLoop,
  callback: @escaping @Sendable (String) -> Void
) {
  loop.blockThread(for: .seconds(1))
  callback("Data from \(url)")
}

func aBlockingCallback(loop: EventLoop, console: Console) {
  loop.callLater(after: .milliseconds(500)) {
    console.log("timer due at 0.5 s runs")
  }
  console.log("Calling fetchBlocking")
  fetchBlocking("https://api.example.com", on: loop) { data in
    console.log("Received: \(data)")
  }
  console.log("fetchBlocking returned")
}
