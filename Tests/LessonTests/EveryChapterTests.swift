import CourseKit
import CourseTestSupport
import Syllabus
import Testing

@testable import Lesson01Callbacks
@testable import Lesson02CallbackHell
@testable import Lesson03Futures
@testable import Lesson04AsyncAwait
@testable import Lesson05ErrorHandling
@testable import Lesson06AsyncIterators
@testable import Lesson07AsyncContextManagers
@testable import Lesson08Performance
@testable import Lesson09DataPipeline

/// Every written chapter's program, for the checks that hold for all of
/// them. A chapter missing here fails `everyWrittenChapterIsHere`.
let chapters = [
  Lesson01Callbacks.chapter, Lesson02CallbackHell.chapter,
  Lesson03Futures.chapter, Lesson04AsyncAwait.chapter,
  Lesson05ErrorHandling.chapter, Lesson06AsyncIterators.chapter,
  Lesson07AsyncContextManagers.chapter, Lesson08Performance.chapter,
  Lesson09DataPipeline.chapter,
]

@Suite("Every chapter")
struct EveryChapterTests {
  @Test("every written chapter is here, with its number and title")
  func everyWrittenChapterIsHere() {
    #expect(
      chapters.map(\.number) == Syllabus.written.map(\.number),
      "list every written chapter of Sources/Syllabus/Syllabus.swift"
    )
    for (program, entry) in zip(chapters, Syllabus.written) {
      #expect(program.title == entry.title, "chapter \(entry.number)'s title")
    }
  }

  @Test(
    "every scene runs, has its own title, and prints something",
    arguments: chapters
  )
  func everyScenePrints(chapter: Chapter) throws {
    let scenes = try sceneOutputs(of: chapter)
    #expect(scenes.count == chapter.scenes.count, "titles must differ")
    for (title, lines) in scenes {
      #expect(!lines.isEmpty, "scene '\(title)' printed nothing")
    }
  }
}
