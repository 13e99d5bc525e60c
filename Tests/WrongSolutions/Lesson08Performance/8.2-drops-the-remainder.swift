// Exercise 8.2, wrong: makes every part `range.count / chunks` long, so the
// parts miss the last `range.count % chunks` elements: 10 in 3 parts is
// 0..<3, 3..<6, 6..<9, and 9 is never worked on.
// Rejected with: should work on [0..<4, 4..<7, 7..<10]
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
  let parts = max(chunks, 1)
  guard !range.isEmpty else { return [] }
  let size = max(range.count / parts, 1)
  return await withTaskGroup(of: (Int, Output).self) { group in
    var count = 0
    for index in 0..<parts
    where range.lowerBound + index * size < range.upperBound {
      let start = range.lowerBound + index * size
      let part = start..<min(start + size, range.upperBound)
      group.addTask { (index, await work(part)) }
      count += 1
    }
    var results = [Output?](repeating: nil, count: count)
    for await (index, output) in group {
      results[index] = output
    }
    return results.map { $0! }
  }
}
