import CourseKit

// A callback API, made async. The continuation suspends this task; the
// completion handler resumes it, exactly once, with the value or the error.
func fetchBridged(_ url: String, api: RemoteAPI) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    api.fetch(url) { result in
      continuation.resume(with: result)
    }
  }
}

func bridging(api: RemoteAPI, console: Console) async throws {
  console.log("awaiting a callback API")
  let body = try await fetchBridged("https://api.example.com/users/7", api: api)
  console.log(body)
}

// A callback API with a bug: for a negative ID it drops the completion
// handler without calling it.
func lookUpUser(
  id: Int,
  completion: @escaping @Sendable (String) -> Void
) {
  guard id >= 0 else { return }
  completion("user \(id)")
}

func userName(id: Int) async -> String {
  await withCheckedContinuation { continuation in
    lookUpUser(id: id) { name in continuation.resume(returning: name) }
  }
}

func neverResumed(
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  Task(executorPreference: executor) {
    let name = await userName(id: -1)
    console.log("never printed: \(name)")
  }
  try await clock.sleep(for: .seconds(1))
  console.log("1 s later, the task is still waiting, and always will be")
}
