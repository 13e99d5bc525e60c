import CourseKit

let endpoints = (1...100).map { "https://api.example.com/endpoints/\($0)" }

func oneAtATime(api: RemoteAPI, console: Console) async throws {
  for url in endpoints {
    _ = try await api.fetch(url)
  }
  console.log("one at a time: \(endpoints.count) answers")
}

func allAtOnce(api: RemoteAPI, console: Console) async throws {
  try await withThrowingTaskGroup(of: String.self) { group in
    for url in endpoints {
      group.addTask { try await api.fetch(url) }
    }
    try await group.waitForAll()
  }
  console.log("all at once: \(endpoints.count) answers")
  console.log("at most \(api.stats.peakInFlight) requests in flight")
}

// At most `limit` requests in flight: start `limit` children, and one more
// each time one finishes.
func fetchAll(_ urls: [String], api: RemoteAPI, atMost limit: Int)
  async throws -> [String]
{
  try await withThrowingTaskGroup(of: (Int, String).self) { group in
    var next = 0
    func startNext() {
      guard next < urls.count else { return }
      let index = next
      group.addTask { (index, try await api.fetch(urls[index])) }
      next += 1
    }
    for _ in 0..<limit { startNext() }
    var bodies = [String](repeating: "", count: urls.count)
    for try await (index, body) in group {
      bodies[index] = body
      startNext()
    }
    return bodies
  }
}

func atMostTen(api: RemoteAPI, console: Console) async throws {
  let bodies = try await fetchAll(endpoints, api: api, atMost: 10)
  console.log("ten at a time: \(bodies.count) answers")
  console.log("at most \(api.stats.peakInFlight) requests in flight")
}

func twelveFourAtATime(api: RemoteAPI, console: Console) async throws {
  let urls = (1...12).map {
    "https://api.example.com/endpoints/\($0 < 10 ? "0" : "")\($0)"
  }
  _ = try await fetchAll(urls, api: api, atMost: 4)
  console.log("twelve, four at a time: done")
}
