// Exercise 4.3, wrong: runs every item, keeping each one's result, and at
// the end throws the error of the first failed item in the list, which is
// not the first error thrown, and comes late.
// Rejected with: rethrow the first error thrown, in time
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  let results = try await withThrowingTaskGroup(
    of: (Int, Result<Output, any Error>).self
  ) { group in
    var next = 0
    func startNext() {
      guard next < items.count else { return }
      let index = next
      let item = items[index]
      group.addTask {
        do {
          return (index, .success(try await transform(item)))
        } catch {
          return (index, .failure(error))
        }
      }
      next += 1
    }
    for _ in 0..<max(limit, 1) { startNext() }
    var results = [Result<Output, any Error>?](
      repeating: nil, count: items.count)
    for try await (index, result) in group {
      results[index] = result
      startNext()
    }
    return results
  }
  return try results.map { try $0!.get() }
}
