import CourseKit

// The async/await tutorial's `fetch_with_callback`, as written: it sleeps,
// then calls back. `blockThread` does what Python's `time.sleep(1)` does:
// the thread does nothing else for a second.
func fetchBlocking(
  _ url: String,
  on loop: EventLoop,
  callback: @escaping @Sendable (String) -> Void
) {
  loop.blockThread(for: .seconds(1))
  callback("Data from \(url)")
}

func aCallbackThatBlocks(loop: EventLoop, console: Console) {
  console.log("Calling fetchBlocking")
  fetchBlocking("https://api.example.com", on: loop) { data in
    console.log("Received: \(data)")
  }
  console.log("fetchBlocking returned")
}

func blockingHoldsUpTheLoop(loop: EventLoop, console: Console) {
  loop.callLater(after: .milliseconds(500)) {
    console.log("timer due at 0.5 s runs")
  }
  console.log("Calling fetchBlocking")
  fetchBlocking("https://api.example.com", on: loop) { data in
    console.log("Received: \(data)")
  }
  console.log("fetchBlocking returned")
}
