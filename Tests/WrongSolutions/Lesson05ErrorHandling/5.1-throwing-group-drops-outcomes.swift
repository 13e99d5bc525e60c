// Exercise 5.1, wrong: lets the children throw in a throwing task group,
// and reads it with try?: the first error ends the loop, and every
// outcome not in by then, the failure too, is dropped.
// Rejected with: one outcome per operation
/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  await withThrowingTaskGroup(of: (Int, Value).self) { group in
    for (index, operation) in operations.enumerated() {
      group.addTask { (index, try await operation()) }
    }
    var outcomes: [Int: Settled<Value>] = [:]
    while let (index, value) = try? await group.next() {
      outcomes[index] = .success(value)
    }
    return operations.indices.compactMap { outcomes[$0] }
  }
}
