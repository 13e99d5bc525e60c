import CourseKit

// Asking a throwing group for its results, with `next()` or, as here,
// `for try await`, rethrows the first child error. Leaving the body by
// throwing cancels the other children, and waits for them to end.
func failFast(api: RemoteAPI, console: Console) async {
  do {
    try await withThrowingTaskGroup(of: String.self) { group in
      group.addTask { try await api.fetch("https://api.example.com/report") }
      group.addTask { try await api.fetch("https://api.example.com/quote") }
      for try await body in group {
        console.log("got \(body)")
      }
    }
  } catch {
    console.log("the group threw \(error)")
  }
}

// A discarding group keeps no results, so there is nothing to ask it for:
// the first child error cancels the other children, and the group throws
// it once they have ended.
func discardingFailFast(api: RemoteAPI, console: Console) async {
  do {
    try await withThrowingDiscardingTaskGroup { group in
      group.addTask {
        _ = try await api.fetch("https://api.example.com/report")
      }
      group.addTask { _ = try await api.fetch("https://api.example.com/quote") }
    }
  } catch {
    console.log("the group threw \(error)")
  }
}

// `failFast` again, with the report fetched through a bridge that does not
// hear cancellation. The group cancels it at 0.3 s, and then waits for it:
// a group never leaves a child behind, so the error waits too.
func stubbornSibling(api: RemoteAPI, console: Console) async {
  do {
    try await withThrowingTaskGroup(of: String.self) { group in
      group.addTask {
        try await fetchIgnoringCancellation(
          "https://api.example.com/report", api: api)
      }
      group.addTask { try await api.fetch("https://api.example.com/quote") }
      for try await body in group {
        console.log("got \(body)")
      }
    }
  } catch {
    console.log("the group threw \(error)")
  }
}
