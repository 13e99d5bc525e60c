// Exercise 5.1, wrong: awaits each operation before starting the next, so
// the outcomes are right but the call takes the sum of their times.
// Rejected with: run them all at once
/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  var outcomes: [Settled<Value>] = []
  for operation in operations {
    do {
      outcomes.append(.success(try await operation()))
    } catch is CancellationError {
      outcomes.append(.cancelled)
    } catch {
      outcomes.append(.failure(error))
    }
  }
  return outcomes
}
