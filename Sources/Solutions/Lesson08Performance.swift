// Chapter 8 reference solutions. Same API as Sources/Exercises.

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
  try Task.checkCancellation()
  return try await withCheckedThrowingContinuation { continuation in
    queue.async {
      continuation.resume(with: Result { try work() })
    }
  }
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
  let parts = min(max(chunks, 1), range.count)
  guard parts > 0 else { return [] }
  let size = range.count / parts
  let larger = range.count % parts
  return await withTaskGroup(of: (Int, Output).self) { group in
    var start = range.lowerBound
    for index in 0..<parts {
      let end = start + size + (index < larger ? 1 : 0)
      let part = start..<end
      group.addTask { (index, await work(part)) }
      start = end
    }
    // Children finish in any order: put each result in its part's place.
    var results = [Output?](repeating: nil, count: parts)
    for await (index, output) in group {
      results[index] = output
    }
    return results.map { $0! }
  }
}
