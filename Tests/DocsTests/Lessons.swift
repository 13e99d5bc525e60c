import CourseKit
import CourseTestSupport
import Foundation
import Syllabus

@testable import Lesson01Callbacks
@testable import Lesson02CallbackHell
@testable import Lesson03Futures
@testable import Lesson04AsyncAwait
@testable import Lesson05ErrorHandling
@testable import Lesson06AsyncIterators
@testable import Lesson07AsyncContextManagers
@testable import Lesson08Performance
@testable import Lesson09DataPipeline

/// A lesson file and the chapter program whose output it shows.
struct Lesson: Sendable, CustomStringConvertible {
  /// The chapter, as the course's registry lists it.
  var entry: CourseChapter
  var chapter: Chapter

  /// `Lessons/04-async-await.md`.
  var file: String { entry.lessonFile }

  /// The chapter's program: `Lesson04AsyncAwait`.
  var executable: String { entry.target }

  var description: String { file }

  /// Each written chapter's program, by number. A chapter missing here
  /// fails `everyWrittenChapterHasItsProgram`.
  static let programs: [Int: Chapter] = [
    1: Lesson01Callbacks.chapter,
    2: Lesson02CallbackHell.chapter,
    3: Lesson03Futures.chapter,
    4: Lesson04AsyncAwait.chapter,
    5: Lesson05ErrorHandling.chapter,
    6: Lesson06AsyncIterators.chapter,
    7: Lesson07AsyncContextManagers.chapter,
    8: Lesson08Performance.chapter,
    9: Lesson09DataPipeline.chapter,
  ]

  /// Every written chapter's lesson, in order.
  static let all: [Lesson] = Syllabus.written.compactMap { entry in
    programs[entry.number].map { Lesson(entry: entry, chapter: $0) }
  }

  func blocks() throws -> [CodeBlock] {
    Markdown.blocks(in: try Repository.read(file), file: file)
  }

  /// What the chapter prints in a simulated run.
  func simulatedOutput() throws -> [String] {
    try CourseTestSupport.simulatedOutput(of: chapter)
  }
}
