import CourseKit

// An actor protects its state: its methods run one at a time, so no two
// tasks ever change `hits` at once. Calls from outside must `await`.
actor HitCounter {
  private(set) var hits = 0

  func record() {
    hits += 1
  }
}

func countHits(api: RemoteAPI, console: Console) async throws {
  let counter = HitCounter()
  try await withThrowingTaskGroup(of: Void.self) { group in
    for url in endpoints {
      group.addTask {
        _ = try await api.fetch(url)
        await counter.record()
      }
    }
    try await group.waitForAll()
  }
  console.log("hits counted: \(await counter.hits)")
}
