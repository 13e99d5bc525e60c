import CourseKit
import CourseTestSupport
import Foundation

@testable import Lesson01Callbacks
@testable import Lesson02CallbackHell
@testable import Lesson03Futures
@testable import Lesson04AsyncAwait

/// A lesson file and the chapter program whose output it shows.
struct Lesson: Sendable, CustomStringConvertible {
  var file: String
  var chapter: Chapter

  /// The chapter's program: `Lesson04AsyncAwait` for `04-async-await.md`.
  var executable: String {
    let slug = file.split(separator: "/").last!.dropLast(3)
    let words = slug.split(separator: "-")
    return "Lesson" + words[0]
      + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }

  var description: String { file }

  /// Every lesson. A lesson file missing here fails `everyLessonIsListed`.
  static let all: [Lesson] = [
    Lesson(file: "Lessons/01-callbacks.md", chapter: Lesson01Callbacks.chapter),
    Lesson(
      file: "Lessons/02-callback-hell.md",
      chapter: Lesson02CallbackHell.chapter
    ),
    Lesson(file: "Lessons/03-futures.md", chapter: Lesson03Futures.chapter),
    Lesson(
      file: "Lessons/04-async-await.md",
      chapter: Lesson04AsyncAwait.chapter
    ),
  ]

  func blocks() throws -> [CodeBlock] {
    Markdown.blocks(in: try Repository.read(file), file: file)
  }

  /// What the chapter prints in a simulated run.
  func simulatedOutput() throws -> [String] {
    try CourseTestSupport.simulatedOutput(of: chapter)
  }
}
