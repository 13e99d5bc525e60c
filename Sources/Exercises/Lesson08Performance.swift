// Chapter 8 exercises: performance. Run `make exercise-8` to check them.
// Each exercise is explained in Lessons/08-performance.md.

import CourseKit
import Dispatch

// MARK: - Exercise 8.1

/// Exercise 8.1: runs `work`, a blocking call, on `queue` instead of on
/// Swift's cooperative pool, and returns what it returns or throws what it
/// throws. Meanwhile the calling task is suspended, not blocking a thread,
/// so other tasks keep running, however many calls block at once.
///
/// A call from a task that is already cancelled throws `CancellationError`
/// without running `work`. Once `work` has started, nothing can stop it: the
/// call waits for it and returns its result, even if the task is cancelled
/// meanwhile.
public func runBlocking<T: Sendable>(
  on queue: DispatchQueue,
  _ work: @escaping @Sendable () throws -> T
) async throws -> T {
  // TODO: replace this body. Hand `work` to `queue`, and wait for it with
  // a continuation: Lessons/08-performance.md#what-to-do-instead
  Exercise.notYetImplemented(
    "8.1",
    see: "Lessons/08-performance.md#exercise-81-a-blocking-call-off-the-pool"
  )
  throw CancellationError()
}

// MARK: - Exercise 8.2

/// Exercise 8.2: splits `range` into `chunks` parts, runs `work` on every
/// part at once, each in a child task of its own, so that the parts run in
/// parallel on every core, and returns the results in the order of the
/// parts, whatever order they finish in.
///
/// The parts are contiguous, in order, and cover `range` exactly. Their
/// sizes differ by at most one, the larger ones first: 10 in 3 parts is 4,
/// 3, 3. There are never more parts than elements (3 elements in 8 parts
/// is 3 parts of one); `chunks` below 1 counts as 1; an empty `range` has
/// no parts, and gives `[]`.
public func inChunks<Output: Sendable>(
  _ range: Range<Int>,
  chunks: Int,
  _ work: @escaping @Sendable (Range<Int>) async -> Output
) async -> [Output] {
  // TODO: replace this body. Work out the parts, then a task group:
  // Lessons/08-performance.md#cpu-bound-work-across-cores
  Exercise.notYetImplemented(
    "8.2",
    see: "Lessons/08-performance.md#exercise-82-work-in-parallel-chunks"
  )
  return []
}
