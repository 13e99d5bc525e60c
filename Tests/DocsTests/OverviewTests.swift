import CourseTestSupport
import Foundation
import Testing

/// The core's overview page.
private let overview = "Sources/CourseKit/CourseKit.md"

@Suite("The core's overview page tells the truth")
struct OverviewTests {
  private func blocks() throws -> [CodeBlock] {
    Markdown.blocks(in: try Repository.read(overview), file: overview)
  }

  @Test("every swift block is compiled code, from Sources/ or Tests/")
  func swiftBlocksAreCompiled() throws {
    // Tests/ too: the example chapter and the time-control example are
    // tests' code. The recorded wrong solutions are not compiled here.
    let compiled = swiftFiles(in: ["Sources", "Tests"]).filter {
      !$0.path.hasPrefix("Tests/WrongSolutions/")
    }
    let swift = try blocks().filter { $0.language == "swift" }
    #expect(!swift.isEmpty)
    for block in swift {
      #expect(
        location(of: block.lines, in: compiled) != nil,
        """
        \(block): this swift block is not in Sources/ or Tests/. Copy it \
        from the file it shows (same lines, same order).
        \(block.text)
        """
      )
    }
  }

  @Test("the example's output is what the example chapter prints")
  func exampleOutput() throws {
    let text = try #require(
      try blocks().first { $0.language == "text" },
      "the page shows the example's output in a text block"
    )
    let output = try simulatedOutput(of: overviewChapter)
    #expect(
      text.lines == output,
      """
      \(text): not what the example prints in a simulated run, which is:
      \(output.joined(separator: "\n"))
      """
    )
  }

  @Test("code fits in 80 columns")
  func eightyColumns() throws {
    recordLinesOver80Columns(in: try blocks())
  }

  @Test("relative links point to files that exist")
  func relativeLinks() throws {
    #expect(!LinkTests.links(in: try Repository.read(overview)).isEmpty)
    for target in try LinkTests.missingTargets(of: overview) {
      Issue.record("\(overview) links to \(target), which does not exist")
    }
  }
}
