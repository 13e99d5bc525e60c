// Chapter 7 reference solutions. Same API as Sources/Exercises.

import CourseKit
import Foundation

// MARK: - Types the exercises use

/// How ``runCleanup(within:clock:executor:_:)`` ended.
public enum CleanupOutcome: Sendable, Equatable {
  /// The cleanup returned.
  case finished
  /// The cleanup threw this error (its description: `"\(error)"`).
  case failed(String)
  /// The deadline came first: the cleanup was cancelled, and has stopped.
  case timedOut
}

// MARK: - Exercise 7.1

/// Exercise 7.1: writes `contents` to a new file in
/// `FileManager.default.temporaryDirectory`, under a name that no other
/// call uses, calls `body` with the file's URL, and removes the file on
/// every path out: when `body` returns, when it throws, and when the task
/// is cancelled. Returns what `body` returns, and rethrows what it throws,
/// unchanged. If `body` removed the file itself, that is not an error.
public nonisolated(nonsending) func withTemporaryFile<T>(
  contents: String,
  _ body: nonisolated(nonsending) (URL) async throws -> T
) async throws -> T {
  let url = FileManager.default.temporaryDirectory
    .appending(path: "course-\(UUID().uuidString).txt")
  try contents.write(to: url, atomically: false, encoding: .utf8)
  // Removing a file does not wait, so `defer` can do it, on every path.
  defer { try? FileManager.default.removeItem(at: url) }
  return try await body(url)
}

// MARK: - Exercise 7.2

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
  private var line:
    [(id: Int, continuation: CheckedContinuation<Void, any Error>)] =
      []
  private var nextID = 0

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
          line.append((id, continuation))
        }
      }
    } onCancel: {
      Task(executorPreference: executor) { await self.leaveTheLine(id) }
    }
  }

  /// Gives a permit back: to the first task in line, or to the free ones.
  public func release() {
    if line.isEmpty {
      free += 1
    } else {
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
    // Not in line any more? Then `release` has already handed it a permit.
    guard let index = line.firstIndex(where: { $0.id == id }) else { return }
    line.remove(at: index).continuation.resume(throwing: CancellationError())
  }
}

// MARK: - Exercise 7.3

/// Exercise 7.3: runs `cleanup` so that it finishes even in a cancelled
/// task, but gives it `timeout` at most: Trio's shielded cleanup with a
/// deadline of its own.
///
/// - `cleanup` runs once, on `executor`, and does not see the calling
///   task's cancellation: its waits on `clock` wait.
/// - If it returns first, this returns `.finished` at once; if it throws,
///   `.failed("\(error)")`.
/// - If `timeout` passes first, `cleanup` is cancelled, and this returns
///   `.timedOut` once `cleanup` has stopped.
public func runCleanup(
  within timeout: Duration,
  clock: any Clock<Duration>,
  executor: any TaskExecutor,
  _ cleanup: @escaping @Sendable () async throws -> Void
) async -> CleanupOutcome {
  // An unstructured task does not inherit the caller's cancellation; its
  // children, the cleanup and the timer, inherit its executor.
  await Task(executorPreference: executor) {
    await withTaskGroup(of: CleanupOutcome.self) { group in
      group.addTask {
        do {
          try await cleanup()
          return .finished
        } catch {
          return .failed("\(error)")
        }
      }
      group.addTask {
        try? await clock.sleep(for: timeout)
        return .timedOut
      }
      // The first to finish wins; cancel the other, and wait for it.
      let first = await group.next()!
      group.cancelAll()
      return first
    }
  }.value
}
