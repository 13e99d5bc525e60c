import Foundation
import Testing

/// `Python 3.11.7`, or nil without python3. (Traits are evaluated before
/// the tests run, so this wait delays none of them.)
private let pythonVersion =
  (try? runProcessBlocking(["python3", "--version"]))
  .flatMap { $0.status == 0 ? $0.output : nil }

/// Whether `shown`, a python-output block, is exactly `printed`: line for
/// line, where a line `…` stands for any number of lines left out, and a
/// line `…text` for one line that ends with `text` (Python's warnings start
/// with a path that differs from machine to machine).
func matches(_ shown: [String], _ printed: [String]) -> Bool {
  guard let gap = shown.firstIndex(of: "…") else {
    return shown.count == printed.count
      && zip(shown, printed).allSatisfy(lineMatches)
  }
  let head = shown[..<gap]
  let rest = Array(shown[(gap + 1)...])
  guard printed.count >= head.count,
    zip(head, printed).allSatisfy(lineMatches)
  else { return false }
  let remaining = Array(printed.dropFirst(head.count))
  return (0...remaining.count).contains {
    matches(rest, Array(remaining[$0...]))
  }
}

/// A shown line matches a printed one exactly, or, if it starts with `…`,
/// by its end.
private func lineMatches(_ shown: String, _ printed: String) -> Bool {
  shown.hasPrefix("…") && shown.count > 1
    ? printed.hasSuffix(shown.dropFirst()) : shown == printed
}

@Suite(
  "Lessons: Python blocks print what the lessons say",
  .enabled(
    if: pythonVersion?.hasPrefix("Python 3.11.") == true,
    "the lessons' Python output was recorded with Python 3.11"
  )
)
struct PythonBlockTests {
  /// Runs a python block in virtual time (scripts/virtual_asyncio.py) and
  /// returns its exit status and output lines.
  private func run(_ block: CodeBlock) async throws -> (Int32, [String]) {
    let (status, output) = try await withFile(of: block, named: "example.py") {
      try await runProcess([
        "python3", "-u", Repository.url("scripts/virtual_asyncio.py").path,
        $0.path,
      ])
    }
    // Blank lines count: a program that prints one shows it.
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if lines.last == "" { lines.removeLast() }
    return (status, lines)
  }

  @Test("a python-output block matches exactly, but for its … lines")
  func elision() {
    #expect(matches(["a", "b"], ["a", "b"]))
    #expect(!matches(["a"], ["a", "b"]))
    #expect(matches(["a", "…"], ["a", "b", "c"]))
    #expect(matches(["a", "…", "c"], ["a", "b", "c"]))
    #expect(matches(["…", "c"], ["c"]))
    #expect(!matches(["a", "…", "b"], ["a", "c"]))
    #expect(matches(["…end", "…"], ["/a/path: end", "more"]))
    #expect(!matches(["…end"], ["/a/path: ending"]))
  }

  @Test(
    "every python block runs, and prints the output shown after it",
    arguments: Lesson.all
  )
  func pythonBlocks(lesson: Lesson) async throws {
    var last: (block: CodeBlock, output: [String])?
    for block in try lesson.blocks() {
      if block.language == "python", block.marker != .illustrative {
        let (status, output) = try await run(block)
        #expect(status == 0, "\(block) exited with \(status):\n\(output)")
        last = (block, output)
      } else if block.marker == .pythonOutput {
        let source = try #require(
          last,
          "\(block): a python-output block needs a python block before it"
        )
        #expect(
          matches(block.lines, source.output),
          """
          \(block) does not show what \(source.block) prints (a line '…' \
          may stand for lines left out). It prints:
          \(source.output.joined(separator: "\n"))
          """
        )
      }
    }
  }
}
