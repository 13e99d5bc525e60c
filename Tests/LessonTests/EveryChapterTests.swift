import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson01Callbacks
@testable import Lesson02CallbackHell
@testable import Lesson03Futures
@testable import Lesson04AsyncAwait

/// Every chapter's program, for the checks that hold for all of them.
let chapters = [
  Lesson01Callbacks.chapter, Lesson02CallbackHell.chapter,
  Lesson03Futures.chapter, Lesson04AsyncAwait.chapter,
]

@Suite("Every chapter")
struct EveryChapterTests {
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
