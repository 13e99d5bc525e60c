// Exercise 4.3, wrong: awaits each transform in a plain loop, one at a
// time, whatever the limit.
// Rejected with: and no fewer while work is waiting
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  var outputs: [Output] = []
  for item in items {
    outputs.append(try await transform(item))
  }
  return outputs
}
