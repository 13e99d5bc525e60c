// Exercise 5.1, wrong: decides between .cancelled and .failure by asking
// Task.isCancelled, so an operation that fails with its own error in a
// cancelled task is reported as cancelled.
// Rejected with: look at the error thrown, not at Task.isCancelled
/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  await withTaskGroup(of: (Int, Settled<Value>).self) { group in
    for (index, operation) in operations.enumerated() {
      group.addTask {
        do {
          return (index, .success(try await operation()))
        } catch {
          return (index, Task.isCancelled ? .cancelled : .failure(error))
        }
      }
    }
    var outcomes = [Settled<Value>?](repeating: nil, count: operations.count)
    for await (index, outcome) in group {
      outcomes[index] = outcome
    }
    return outcomes.map { $0! }
  }
}
