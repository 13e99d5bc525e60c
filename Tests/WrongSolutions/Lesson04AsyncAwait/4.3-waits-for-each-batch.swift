// Exercise 4.3, wrong: splits the items into batches of `limit` and waits
// for each whole batch before starting the next, so one slow item holds up
// the free lanes.
// Rejected with: start the next item as soon as any one ends
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  let size = max(limit, 1)
  var outputs: [Output] = []
  for start in stride(from: 0, to: items.count, by: size) {
    let batch = Array(items[start..<min(start + size, items.count)])
    let done = try await withThrowingTaskGroup(of: (Int, Output).self) {
      group in
      for (index, item) in batch.enumerated() {
        group.addTask { (index, try await transform(item)) }
      }
      var done = [Output?](repeating: nil, count: batch.count)
      for try await (index, output) in group { done[index] = output }
      return done.map { $0! }
    }
    outputs += done
  }
  return outputs
}
