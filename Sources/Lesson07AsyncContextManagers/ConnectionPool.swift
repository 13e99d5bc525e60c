import CourseKit

// At most as many tasks as there are connections use one at a time; the
// others wait in line, first come, first served. A waiter whose task is
// cancelled leaves the line at once and throws CancellationError.
actor ConnectionPool {
  private var idle: [Connection]
  private var waiters: [Waiter] = []
  private var nextWaiterID = 0
  private let executor: any TaskExecutor

  private struct Waiter {
    let id: Int
    let continuation: CheckedContinuation<Connection, any Error>
  }

  init(connections: [Connection], executor: any TaskExecutor) {
    self.idle = connections
    self.executor = executor
  }

  var idleCount: Int { idle.count }
  var waitingCount: Int { waiters.count }

  func acquire() async throws -> Connection {
    try Task.checkCancellation()
    if !idle.isEmpty { return idle.removeFirst() }
    let id = nextWaiterID
    nextWaiterID += 1
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        // Runs on the actor, before any other call to it. A shortcut: a
        // task cancelled since the check above does not join the line.
        // (Without it, the handler's call would find it there, and let it
        // go.)
        if Task.isCancelled {
          continuation.resume(throwing: CancellationError())
        } else {
          waiters.append(Waiter(id: id, continuation: continuation))
        }
      }
    } onCancel: {
      // Runs at once, on the thread that cancels (or here, first, if the
      // task is cancelled already), outside the actor: all it can do is
      // ask the actor to let the waiter go.
      Task(executorPreference: executor) { await self.cancelWaiter(id) }
    }
  }

  func release(_ connection: Connection) {
    if waiters.isEmpty {
      idle.append(connection)
    } else {
      waiters.removeFirst().continuation.resume(returning: connection)
    }
  }

  private func cancelWaiter(_ id: Int) {
    // Gone already? Then `release` handed it a connection, which its task
    // gives back.
    guard let index = waiters.firstIndex(where: { $0.id == id }) else {
      return
    }
    waiters.remove(at: index).continuation.resume(
      throwing: CancellationError())
  }
}

extension ConnectionPool {
  // Lends a connection to `body` and gives it back on every path. Giving
  // back is a call to the actor, which never checks cancellation, so it
  // works in a cancelled task too.
  nonisolated(nonsending) func withConnection<T>(
    _ body: nonisolated(nonsending) (Connection) async throws -> T
  ) async throws -> T {
    let connection = try await acquire()
    do {
      let result = try await body(connection)
      await release(connection)
      return result
    } catch {
      await release(connection)
      throw error
    }
  }
}
