import CourseKit

// Three requests, started one after another without waiting: all three are
// in flight at once, on one thread, and each calls back when it is done.
func threeInFlight(api: RemoteAPI, console: Console, timeline: Timeline) {
  for url in ["/slow", "/fast", "/medium"] {
    let span = timeline.begin("fetch \(url)")
    api.fetch("https://api.example.com\(url)") { result in
      span.end()
      switch result {
      case .success(let data): console.log("\(url) answered: \(data)")
      case .failure(let error): console.log("\(url) failed: \(error)")
      }
    }
  }
  console.log("all three requests sent")
}

let threeLatencies = Latency.perURL([
  "https://api.example.com/slow": .seconds(2),
  "https://api.example.com/fast": .milliseconds(500),
  "https://api.example.com/medium": .seconds(1),
])
