import CourseKit

// `gather` for any number of calls: a task group. Children finish in any
// order, so each returns its index, and the results go back into the order
// of the URLs.
func gather(_ urls: [String], api: RemoteAPI, console: Console)
  async throws -> [String]
{
  try await withThrowingTaskGroup(of: (Int, String).self) { group in
    for (index, url) in urls.enumerated() {
      group.addTask { (index, try await api.fetch(url)) }
    }
    var bodies = [String](repeating: "", count: urls.count)
    for try await (index, body) in group {
      console.log("finished: \(urls[index])")
      bodies[index] = body
    }
    return bodies
  }
}

func gatherMany(api: RemoteAPI, console: Console) async throws {
  let urls = (1...5).map { "https://api.example.com/items/\($0)" }
  let bodies = try await gather(urls, api: api, console: console)
  console.log("in the order asked:")
  for body in bodies { console.log("  \(body)") }
}

let itemLatencies = Latency.perURL([
  "https://api.example.com/items/1": .milliseconds(900),
  "https://api.example.com/items/2": .milliseconds(300),
  "https://api.example.com/items/3": .milliseconds(700),
  "https://api.example.com/items/4": .milliseconds(100),
  "https://api.example.com/items/5": .milliseconds(500),
])
