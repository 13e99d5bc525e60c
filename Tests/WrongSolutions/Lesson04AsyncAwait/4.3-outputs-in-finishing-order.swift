// Exercise 4.3, wrong: appends each output as its transform finishes, so
// the outputs come in the order they finish, not the order of the items.
// Rejected with: not the order they finish
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  try await withThrowingTaskGroup(of: Output.self) { group in
    var next = 0
    func startNext() {
      guard next < items.count else { return }
      let item = items[next]
      group.addTask { try await transform(item) }
      next += 1
    }
    for _ in 0..<max(limit, 1) { startNext() }
    var outputs: [Output] = []
    for try await output in group {
      outputs.append(output)
      startNext()
    }
    return outputs
  }
}
