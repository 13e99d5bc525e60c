// Exercise 4.3, wrong: counts the running transforms in an actor and, when
// the limit is reached, polls the count with Task.yield() until a slot
// frees; the loop always has this task ready, so its clock never moves on.
// Rejected with: did not finish
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  let running = RunningCount()
  return try await withThrowingTaskGroup(of: (Int, Output).self) { group in
    for (index, item) in items.enumerated() {
      while await running.count >= max(limit, 1) {
        await Task.yield()
      }
      await running.add(1)
      group.addTask {
        let output = try await transform(item)
        await running.add(-1)
        return (index, output)
      }
    }
    var outputs = [Output?](repeating: nil, count: items.count)
    for try await (index, output) in group {
      outputs[index] = output
    }
    return outputs.map { $0! }
  }
}

/// How many transforms are running.
actor RunningCount {
  private(set) var count = 0

  func add(_ change: Int) {
    count += change
  }
}
