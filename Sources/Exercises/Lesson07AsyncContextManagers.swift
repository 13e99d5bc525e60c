// Chapter 7 exercises: async context managers. Run `make exercise-7` to
// check them. Each exercise is explained in
// Lessons/07-async-context-managers.md.

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
  // TODO: write the file, lend it to `body`, and remove it on every path.
  // Removing a file does not wait, so see
  // Lessons/07-async-context-managers.md#no-async-with-and-defer-cannot-await
  Exercise.notYetImplemented(
    "7.1",
    see:
      "Lessons/07-async-context-managers.md#exercise-71-a-temporary-file"
  )
  return try await body(URL(filePath: "/nonexistent/exercise-7.1"))
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

  /// A semaphore with `permits` free permits.
  public init(permits: Int, executor: any TaskExecutor) {
    self.executor = executor
    // TODO: remember the permits, and keep a line of waiting tasks. Start
    // from `ConnectionPool`:
    // Lessons/07-async-context-managers.md#a-connection-pool
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
  }

  /// How many permits are free now.
  public var available: Int {
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
    return 0
  }

  /// How many tasks wait in line now.
  public var waiting: Int {
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
    return 0
  }

  /// Takes a permit, waiting in line for one if none is free.
  public func acquire() async throws {
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
  }

  /// Gives a permit back: to the first task in line, or to the free ones.
  public func release() {
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
  }

  /// Runs `body` holding a permit, and gives the permit back on every path.
  public nonisolated(nonsending) func withPermit<T>(
    _ body: nonisolated(nonsending) () async throws -> T
  ) async throws -> T {
    Exercise.notYetImplemented(
      "7.2",
      see: "Lessons/07-async-context-managers.md#exercise-72-a-semaphore"
    )
    return try await body()
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
  // TODO: run `cleanup` in a task that does not inherit cancellation, and
  // race it against `timeout` (child tasks inherit their parent's
  // cancellation: where does the race go?). See
  // Lessons/07-async-context-managers.md#cleanup-in-a-cancelled-task
  Exercise.notYetImplemented(
    "7.3",
    see:
      "Lessons/07-async-context-managers.md#exercise-73-cleanup-with-a-deadline"
  )
  return .finished
}
