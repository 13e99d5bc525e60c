// Exercise 5.1, wrong: runs the operations in a task group, and appends
// each outcome as its child finishes, so the outcomes come back in the
// order the operations ended, not the order they were given.
// Rejected with: in the order of the operations (not the order they finish)
/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  await withTaskGroup(of: Settled<Value>.self) { group in
    for operation in operations {
      group.addTask {
        do {
          return .success(try await operation())
        } catch is CancellationError {
          return .cancelled
        } catch {
          return .failure(error)
        }
      }
    }
    var outcomes: [Settled<Value>] = []
    for await outcome in group {
      outcomes.append(outcome)
    }
    return outcomes
  }
}
