// Exercise 4.3, wrong: catches each transform's error in its child and
// keeps the first one, starting the remaining items anyway, and rethrows
// it only when every item has run.
// Rejected with: start no transform after the first error
/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  try await withThrowingTaskGroup(of: (Int, Result<Output, any Error>).self) {
    group in
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
    var outputs = [Output?](repeating: nil, count: items.count)
    var firstError: (any Error)?
    for try await (index, result) in group {
      switch result {
      case .success(let output): outputs[index] = output
      case .failure(let error): firstError = firstError ?? error
      }
      startNext()
    }
    if let firstError { throw firstError }
    return outputs.map { $0! }
  }
}
