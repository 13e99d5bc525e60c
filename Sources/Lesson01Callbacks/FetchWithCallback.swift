import CourseKit

// Seed 001's `fetch_with_callback`, made asynchronous. The seed sleeps for a
// second and then calls back, which blocks everything else (see
// BlockingCallback.swift). This version asks the loop to call back in a
// second and returns at once.
func fetchWithCallback(
  _ url: String,
  on loop: EventLoop,
  callback: @escaping @Sendable (String) -> Void
) {
  loop.callLater(after: .seconds(1)) {
    callback("Data from \(url)")
  }
}

func aCompletionHandler(loop: EventLoop, console: Console) {
  console.log("Calling fetchWithCallback")
  fetchWithCallback("https://api.example.com", on: loop) { data in
    console.log("Received: \(data)")
  }
  // The data is not here yet: fetchWithCallback only asked for it.
  console.log("fetchWithCallback returned")
}
