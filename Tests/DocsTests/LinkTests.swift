import Foundation
import Syllabus
import Testing

@Suite("Lessons: links and anchors lead somewhere")
struct LinkTests {
  @Test("every written chapter's program is in Lesson.programs")
  func everyWrittenChapterHasItsProgram() {
    #expect(
      Set(Lesson.programs.keys) == Set(Syllabus.written.map(\.number)),
      "Lesson.programs must list every written chapter's program"
    )
  }

  @Test("relative links in lessons point to files that exist")
  func relativeLinks() throws {
    for lesson in Lesson.all {
      for target in try Self.missingTargets(of: lesson.file) {
        Issue.record("\(lesson.file) links to \(target), which does not exist")
      }
    }
  }

  @Test("every lesson section named by an exercise stub exists")
  func exerciseAnchors() throws {
    let stubs = Repository.files(in: "Sources/Exercises", endingWith: ".swift")
    #expect(!stubs.isEmpty)
    for stub in stubs {
      let text = try Repository.read(stub)
      for reference in references(in: text) {
        let parts = reference.split(separator: "#", maxSplits: 1)
        let lesson = try Repository.read(String(parts[0]))
        #expect(
          Markdown.anchors(in: lesson).contains(String(parts[1])),
          "\(stub) names \(reference), but there is no such heading"
        )
      }
    }
  }

  /// The relative link targets in `file` (a path from the repository's
  /// root) whose files do not exist.
  static func missingTargets(of file: String) throws -> [String] {
    let folder = Repository.url(file).deletingLastPathComponent()
    return links(in: try Repository.read(file)).filter { target in
      guard !target.contains("://"), !target.hasPrefix("#") else {
        return false
      }
      let path = String(target.prefix { $0 != "#" })
      return !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path)
    }
  }

  /// The targets of `[text](target)` links, outside code.
  static func links(in text: String) -> [String] {
    var prose: [Substring] = []
    var inFence = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") { inFence.toggle() }
      if inFence { continue }
      // Drop inline code: every other piece between backticks.
      let pieces = line.split(separator: "`", omittingEmptySubsequences: false)
      prose += pieces.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    }
    return prose.joined(separator: " ").components(separatedBy: "](")
      .dropFirst().compactMap { rest in
        rest.firstIndex(of: ")").map { String(rest[..<$0]) }
      }
  }

  /// `Lessons/NN-name.md#anchor` references.
  private func references(in text: String) -> [String] {
    text.components(separatedBy: "Lessons/").dropFirst().compactMap { rest in
      let reference = "Lessons/" + rest.prefix { !" )\"'`\n".contains($0) }
      return reference.contains(".md#") ? reference : nil
    }
  }
}
