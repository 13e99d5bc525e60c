// Exercise 5.1, wrong: starts each operation in a plain Task { }, which is
// not a child: it runs off the course's loop, and a cancellation of the
// caller never reaches it.
// Rejected with: a plain Task { }
/// Exercise 5.1: run every operation at once, and return how each one
/// ended, in the order of `operations`: `.success` with its value,
/// `.failure` with its error, or `.cancelled` if it threw
/// `CancellationError`. No operation's error stops the others.
public func gatherSettled<Value: Sendable>(
  _ operations: [@Sendable () async throws -> Value]
) async -> [Settled<Value>] {
  let tasks = operations.map { operation in
    Task { try await operation() }
  }
  var outcomes: [Settled<Value>] = []
  for task in tasks {
    switch await task.result {
    case .success(let value):
      outcomes.append(.success(value))
    case .failure(is CancellationError):
      outcomes.append(.cancelled)
    case .failure(let error):
      outcomes.append(.failure(error))
    }
  }
  return outcomes
}
