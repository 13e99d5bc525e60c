import Foundation
import Testing

private let python = try? runProcess(["python3", "--version"])

@Suite(
  "Lessons: Python blocks print what the lessons say",
  .enabled(if: python?.status == 0, "python3 is not installed")
)
struct PythonBlockTests {
  /// Runs a python block in virtual time (scripts/virtual_asyncio.py) and
  /// returns its exit status and output lines.
  private func run(_ block: CodeBlock) throws -> (Int32, [String]) {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("example.py")
    try block.text.write(to: file, atomically: true, encoding: .utf8)
    let (status, output) = try runProcess([
      "python3", "-u", Repository.url("scripts/virtual_asyncio.py").path,
      file.path,
    ])
    return (status, output.split(separator: "\n").map(String.init))
  }

  @Test(
    "every python block runs, and prints the output shown after it",
    arguments: Lesson.all
  )
  func pythonBlocks(lesson: Lesson) throws {
    var last: (block: CodeBlock, output: [String])?
    for block in try lesson.blocks() {
      if block.language == "python" {
        let (status, output) = try run(block)
        #expect(status == 0, "\(block) exited with \(status):\n\(output)")
        last = (block, output)
      } else if block.marker == .pythonOutput {
        let source = try #require(
          last,
          "\(block): a python-output block needs a python block before it"
        )
        // Every line shown must be printed, in this order; the lesson may
        // leave out lines (Python's warnings name temporary paths).
        var remaining = source.output[...]
        for line in block.lines {
          guard let index = remaining.firstIndex(of: line) else {
            Issue.record(
              """
              \(block): '\(line)' is not printed by \(source.block) \
              (in this order). It prints:
              \(source.output.joined(separator: "\n"))
              """
            )
            break
          }
          remaining = remaining[(index + 1)...]
        }
      }
    }
  }
}
