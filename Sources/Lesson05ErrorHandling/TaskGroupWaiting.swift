import CourseKit

// `waitForAll()` waits for every child, and cancels none, before it throws
// the error.
func waitForEveryone(api: RemoteAPI, console: Console) async {
  do {
    try await withThrowingTaskGroup(of: String.self) { group in
      group.addTask { try await api.fetch("https://api.example.com/report") }
      group.addTask { try await api.fetch("https://api.example.com/quote") }
      try await group.waitForAll()
    }
  } catch {
    console.log("the group threw \(error)")
  }
}

// A body that never asks for its children's results never hears of their
// errors. When the body returns, the group waits for the children that are
// left, and drops whatever they threw.
func neverAsked(api: RemoteAPI, console: Console) async {
  do {
    let report = try await withThrowingTaskGroup(of: String.self) { group in
      group.addTask { try await api.fetch("https://api.example.com/quote") }
      return try await api.fetch("https://api.example.com/report")
    }
    console.log("the group returned \(report)")
  } catch {
    console.log("never printed: \(error)")
  }
}

// Two children fail, at 0.3 s and 0.6 s. `waitForAll()` waits for both
// and throws the first; the second error is dropped.
func firstErrorOnly(api: RemoteAPI, console: Console) async {
  do {
    try await withThrowingTaskGroup(of: String.self) { group in
      group.addTask { try await api.fetch("https://api.example.com/quote") }
      group.addTask { try await api.fetch("https://api.example.com/news") }
      try await group.waitForAll()
    }
  } catch {
    console.log("the group threw \(error)")
  }
}
