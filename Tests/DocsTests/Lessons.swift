import CourseKit
import Foundation

@testable import Lesson01Callbacks
@testable import Lesson02CallbackHell
@testable import Lesson03Futures

/// A lesson file and the chapter program whose output it shows.
struct Lesson: Sendable, CustomStringConvertible {
  var file: String
  var chapter: Chapter

  var description: String { file }

  /// Every lesson. A lesson file missing here fails `everyLessonIsListed`.
  static let all: [Lesson] = [
    Lesson(file: "Lessons/01-callbacks.md", chapter: Lesson01Callbacks.chapter),
    Lesson(
      file: "Lessons/02-callback-hell.md",
      chapter: Lesson02CallbackHell.chapter
    ),
    Lesson(file: "Lessons/03-futures.md", chapter: Lesson03Futures.chapter),
  ]

  func blocks() throws -> [CodeBlock] {
    Markdown.blocks(in: try Repository.read(file), file: file)
  }

  /// What the chapter prints in a simulated run.
  func simulatedOutput() throws -> [String] {
    let console = Console.recording()
    try chapter.run(mode: .simulated, console: console)
    return console.lines
  }
}
