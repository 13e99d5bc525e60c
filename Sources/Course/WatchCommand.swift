import Foundation
import Syllabus

/// `make watch-N`: checks chapter N's exercises, then again each time you
/// save the file, until they all pass. It reads the file twice a second and
/// checks again when the text has changed: no inotify needed, and a save
/// that changes nothing does not count.
enum WatchCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.count <= 1 else {
      throw CourseError.usage("give one chapter: make watch-4")
    }
    let chapter = try ChapterArgument.parse(arguments.first, for: "watch")
    let package = LearnerPackage.learner(repository)
    while true {
      let checked = try repository.read(chapter.exerciseFile)
      say("Checking \(chapter.exerciseFile) …")
      let verdicts = try package.checking {
        try Checker(package: $0).check([chapter], code: [chapter: checked])
      }
      ExerciseCommand.report(verdicts, chapter: chapter)
      if verdicts.allSatisfy(\.isSolved) { return 0 }
      say()
      say(
        "Watching \(chapter.exerciseFile): save it to check again. Ctrl-C stops."
      )
      // Wait for a save that changes the text (a save during the check
      // counts too).
      while (try? repository.read(chapter.exerciseFile)) == checked {
        usleep(500_000)
      }
      say()
      say(String(repeating: "─", count: 60))
    }
  }
}
