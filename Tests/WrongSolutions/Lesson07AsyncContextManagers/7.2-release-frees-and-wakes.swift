// Exercise 7.2, wrong: release() always adds the permit to the free ones,
// and also resumes the first waiter, which goes off holding a permit it
// took from nowhere. Each release with someone waiting makes one permit
// more than there are: two holders on a semaphore of one.
// Rejected with: a release() hands its permit to the waiting one
/// Exercise 7.2: at most `permits` tasks hold a permit at once; the others
/// wait in line, first come, first served.
///
/// - `acquire()` takes a free permit and returns, or waits in line for
///   one. A task cancelled while it waits throws `CancellationError` at
///   once, takes no permit, and leaves the line. A task that is already
///   cancelled throws at once, even if a permit is free.
/// - `release()` hands the permit to the first task in line, or, if
///   nobody waits, makes it free again. A task handed a permit has it,
///   even if its task is cancelled a moment later: `acquire()` returns.
/// - `withPermit(_:)` acquires, runs `body`, and releases on every path
///   out; if `acquire()` throws, it releases nothing.
public actor Semaphore {
  /// Where the semaphore starts tasks of its own, if it needs any:
  /// `Task(executorPreference: executor) { … }`.
  let executor: any TaskExecutor
  private var free: Int
  private var line: [Waiter] = []
  private var nextID = 0

  private struct Waiter {
    let id: Int
    let continuation: CheckedContinuation<Void, any Error>
  }

  /// A semaphore with `permits` free permits.
  public init(permits: Int, executor: any TaskExecutor) {
    self.executor = executor
    self.free = permits
  }

  /// How many permits are free now.
  public var available: Int { free }

  /// How many tasks wait in line now.
  public var waiting: Int { line.count }

  /// Takes a permit, waiting in line for one if none is free.
  public func acquire() async throws {
    try Task.checkCancellation()
    if free > 0 {
      free -= 1
      return
    }
    let id = nextID
    nextID += 1
    try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation {
        (continuation: CheckedContinuation<Void, any Error>) in
        if Task.isCancelled {
          continuation.resume(throwing: CancellationError())
        } else {
          line.append(Waiter(id: id, continuation: continuation))
        }
      }
    } onCancel: {
      Task(executorPreference: executor) { await self.leaveTheLine(id) }
    }
  }

  /// Gives a permit back: to the first task in line, or to the free ones.
  public func release() {
    free += 1
    if !line.isEmpty {
      line.removeFirst().continuation.resume()
    }
  }

  /// Runs `body` holding a permit, and gives the permit back on every path.
  public nonisolated(nonsending) func withPermit<T>(
    _ body: nonisolated(nonsending) () async throws -> T
  ) async throws -> T {
    try await acquire()
    do {
      let result = try await body()
      await release()
      return result
    } catch {
      await release()
      throw error
    }
  }

  private func leaveTheLine(_ id: Int) {
    guard let index = line.firstIndex(where: { $0.id == id }) else { return }
    line.remove(at: index).continuation.resume(throwing: CancellationError())
  }
}
