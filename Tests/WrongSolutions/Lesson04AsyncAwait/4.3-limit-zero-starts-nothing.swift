// Exercise 4.3, wrong: starts `limit` children with no floor, so a limit of
// 0 starts none and returns no outputs at all.
// Rejected with: a limit below 1 counts as 1
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  try await withThrowingTaskGroup(of: (Int, Output).self) { group in
    var next = 0
    func startNext() {
      guard next < items.count else { return }
      let index = next
      let item = items[index]
      group.addTask { (index, try await transform(item)) }
      next += 1
    }
    for _ in 0..<max(limit, 0) { startNext() }
    var outputs = [Output?](repeating: nil, count: items.count)
    for try await (index, output) in group {
      outputs[index] = output
      startNext()
    }
    return outputs.compactMap { $0 }
  }
}
