/// A simulated endpoint: 50 ms of waiting, as a request's round trip is.
func fetch(_ id: Int) async -> Int {
  try? await Task.sleep(for: .milliseconds(50))
  return id
}

/// Ten fetches, one after another: ideally 500 ms.
func fetchesInTurn(_ options: Options) async -> [Double] {
  await measure(options) {
    var sum = 0
    for id in 0..<10 {
      sum += await fetch(id)
    }
    blackHole(sum)
  }
}

/// The same ten fetches at once: ideally 50 ms.
func fetchesAtOnce(_ options: Options) async -> [Double] {
  await measure(options) {
    let sum = await withTaskGroup(of: Int.self) { group in
      for id in 0..<10 {
        group.addTask { await fetch(id) }
      }
      return await group.reduce(0, +)
    }
    blackHole(sum)
  }
}
