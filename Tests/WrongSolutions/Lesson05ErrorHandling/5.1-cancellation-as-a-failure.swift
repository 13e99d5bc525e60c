// Exercise 5.1, wrong: the lesson's gatherResults as it is: one catch for
// every error, so a CancellationError comes back as one more .failure.
// Rejected with: catch CancellationError apart from other errors
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
          return (index, .failure(error))
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
