// Exercise 4.3, wrong: limits the children with a DispatchSemaphore, as
// asyncio.Semaphore does; a child that waits for a slot blocks the loop's
// thread, so no transform can ever finish and free one.
// Rejected with: did not finish
import Dispatch

/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  let slots = DispatchSemaphore(value: max(limit, 1))
  return try await withThrowingTaskGroup(of: (Int, Output).self) { group in
    for (index, item) in items.enumerated() {
      group.addTask {
        slots.wait()
        defer { slots.signal() }
        return (index, try await transform(item))
      }
    }
    var outputs = [Output?](repeating: nil, count: items.count)
    for try await (index, output) in group {
      outputs[index] = output
    }
    return outputs.map { $0! }
  }
}
