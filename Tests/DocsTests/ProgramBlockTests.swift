import Foundation
import Testing

/// `line` with each number in it (`1,523.4`, `16`, `0.20`) replaced by
/// `#`: what stays the same from one run of a program that times real work
/// to the next.
func withoutFigures(_ line: String) -> String {
  line.replacing(/[0-9][0-9.,]*/, with: "#")
}

@Suite("Lessons: whole programs print what the lessons say")
struct ProgramBlockTests {
  @Test(
    "every program block runs, and prints the output shown after it",
    arguments: Lesson.all
  )
  func programs(lesson: Lesson) async throws {
    var last: (block: CodeBlock, output: String)?
    for block in try lesson.blocks() {
      if case .program(let flags) = block.marker {
        let (status, output) = try await buildAndRun(block, flags: flags)
        #expect(status == 0, "\(block) exited with \(status):\n\(output)")
        last = (block, output)
        continue
      }
      // A measured block's figures are one run's; the words around them
      // are the program's, and must still be what it prints.
      let compared: (String) -> String
      let differs: String
      switch block.marker {
      case .programOutput:
        (compared, differs) = ({ $0 }, "prints something else")
      case .measuredOutput(let run):
        #expect(!run.isEmpty, "\(block): say when and where it was measured")
        (compared, differs) = (
          withoutFigures, "prints other lines, figures aside"
        )
      default: continue
      }
      let program = try #require(
        last,
        "\(block): a program-output block with no program block before it"
      )
      var printed = program.output.split(
        separator: "\n",
        omittingEmptySubsequences: false
      ).map(String.init)
      while printed.last == "" { printed.removeLast() }
      #expect(
        printed.map(compared) == block.lines.map(compared),
        """
        \(block): \(program.block) \(differs). It printed:
        \(program.output)
        """
      )
      last = nil
    }
  }

  @Test("a measured block's figures vary; its words do not")
  func figures() {
    #expect(
      withoutFigures("in a task of its own: 1,523.4 ns")
        == withoutFigures("in a task of its own: 812.9 ns"))
    #expect(
      withoutFigures("16 sleeping tasks took 0.20 s")
        == "# sleeping tasks took # s")
    #expect(
      withoutFigures("called directly: 1.9 ns")
        != withoutFigures("called directly: 1.9 µs"))
  }
}
