import Foundation
import Testing

/// The index just past the first run of `needle` in `haystack` at or after
/// `start`, or nil.
private func find(_ needle: [String], in haystack: [String], from start: Int)
  -> Int?
{
  guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
  var index = start
  while index + needle.count <= haystack.count {
    if Array(haystack[index..<index + needle.count]) == needle {
      return index + needle.count
    }
    index += 1
  }
  return nil
}

@Suite("Lessons: output is the program's own")
struct OutputBlockTests {
  @Test(
    "every text block is the simulated run's output, in order",
    arguments: Lesson.all
  )
  func textBlocksAreOutput(lesson: Lesson) throws {
    let output = try lesson.simulatedOutput()
    var position = 0
    for block in try lesson.blocks()
    where block.language == "text" && block.marker == .none {
      guard let end = find(block.lines, in: output, from: position) else {
        let rest = output[position...].prefix(60).joined(separator: "\n")
        Issue.record(
          """
          \(block): this text block is not in the simulated output after \
          line \(position). Run `make lesson-\(lesson.chapter.number) \
          SIMULATED=1` and copy the lines. The output from there on:
          \(rest)
          """
        )
        return
      }
      position = end
    }
  }

  @Test(
    "a simulated run prints the same lines every time", arguments: Lesson.all)
  func deterministic(lesson: Lesson) throws {
    let first = try lesson.simulatedOutput()
    for _ in 1...20 {
      #expect(try lesson.simulatedOutput() == first)
    }
  }

  @Test(
    "every stderr block is what the program writes to standard error",
    arguments: Lesson.all
  )
  func standardErrorBlocks(lesson: Lesson) async throws {
    let blocks = try lesson.blocks().filter { $0.marker == .standardError }
    guard !blocks.isEmpty else { return }
    let program = try #require(
      Repository.executable(lesson.executable),
      "cannot find the built \(lesson.executable); run `swift build` first"
    )
    let (_, errors) = try await runProcess(
      [program.path, "--simulated"],
      standardOutput: false
    )
    let lines = errors.split(separator: "\n").map(String.init)
    for block in blocks {
      #expect(
        find(block.lines, in: lines, from: 0) != nil,
        """
        \(block): not in what \(lesson.executable) --simulated writes to \
        standard error:
        \(errors)
        """
      )
    }
  }
}
