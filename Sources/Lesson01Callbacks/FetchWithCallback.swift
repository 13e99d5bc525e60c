import CourseKit

// The tutorial's `fetch_with_callback`, made asynchronous: instead of
// sleeping for a second and then calling back, it asks the loop to call
// back in a second, and returns at once.
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
