// Exercise 4.3, wrong: has each child write its output into a class marked
// @unchecked Sendable, with no lock: a data race the compiler was told to
// ignore.
// Rejected with: silences Swift's data-race checks
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  let outputs = Outputs<Output>(count: items.count)
  try await withThrowingTaskGroup(of: Void.self) { group in
    var next = 0
    func startNext() {
      guard next < items.count else { return }
      let index = next
      let item = items[index]
      group.addTask { outputs.slots[index] = try await transform(item) }
      next += 1
    }
    for _ in 0..<max(limit, 1) { startNext() }
    for try await _ in group { startNext() }
  }
  return outputs.slots.map { $0! }
}

/// One slot per item, filled by the children as they finish.
final class Outputs<Output>: @unchecked Sendable {
  var slots: [Output?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }
}
