import Foundation
import Testing

@Suite("Lessons: whole programs print what the lessons say")
struct ProgramBlockTests {
  @Test(
    "every program block runs, and prints the output shown after it",
    arguments: Lesson.all
  )
  func programs(lesson: Lesson) throws {
    var last: (block: CodeBlock, output: String)?
    for block in try lesson.blocks() {
      if case .program(let flags) = block.marker {
        let (status, output) = try buildAndRun(block, flags: flags)
        #expect(status == 0, "\(block) exited with \(status):\n\(output)")
        last = (block, output)
      } else if block.marker == .programOutput {
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
          printed == block.lines,
          """
          \(block): \(program.block) prints something else. It printed:
          \(program.output)
          """
        )
        last = nil
      }
    }
  }
}
