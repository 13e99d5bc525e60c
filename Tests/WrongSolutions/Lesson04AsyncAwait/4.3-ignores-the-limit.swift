// Exercise 4.3, wrong: starts a child for every item at once, as the
// lesson's fetchAll does without a limit.
// Rejected with: at most 3 at once
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
    for (index, item) in items.enumerated() {
      group.addTask { (index, try await transform(item)) }
    }
    var outputs = [Output?](repeating: nil, count: items.count)
    for try await (index, output) in group {
      outputs[index] = output
    }
    return outputs.map { $0! }
  }
}
