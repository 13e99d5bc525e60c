// Exercise 5.1, wrong: once the task is cancelled, stops reading the
// group and reports every outcome not in yet as .cancelled, though an
// operation may not hear the cancellation, and end its own way.
// Rejected with: an operation that returned a value is a .success, even in a cancelled task
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
        } catch is CancellationError {
          return (index, .cancelled)
        } catch {
          return (index, .failure(error))
        }
      }
    }
    var outcomes = [Settled<Value>?](repeating: nil, count: operations.count)
    for await (index, outcome) in group {
      outcomes[index] = outcome
      if Task.isCancelled { break }
    }
    return outcomes.map { $0 ?? .cancelled }
  }
}
