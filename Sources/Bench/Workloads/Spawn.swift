/// Spawns 10,000 child tasks that return at once, and awaits them all:
/// the cost of a task, from creation to its result, per task.
func spawnTasks(_ options: Options) async -> [Double] {
  let count = 10_000
  return await measure(options, operations: count) {
    let sum = await withTaskGroup(of: Int.self) { group in
      for i in 0..<count {
        group.addTask { i }
      }
      return await group.reduce(0, +)
    }
    blackHole(sum)
  }
}
