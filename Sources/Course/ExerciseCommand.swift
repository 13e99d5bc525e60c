import Syllabus

/// `make exercise-N`: checks your solutions to chapter N's exercises, one
/// verdict line each.
enum ExerciseCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.count <= 1 else {
      throw CourseError.usage("give one chapter: make exercise-4")
    }
    let chapter = try ChapterArgument.parse(arguments.first, for: "exercise")
    say("Checking \(chapter.exerciseFile) …")
    let verdicts = try LearnerPackage.learner(repository).checking {
      try Checker(package: $0).check([chapter])
    }
    report(verdicts, chapter: chapter)
    return verdicts.allSatisfy(\.isSolved) ? 0 : 1
  }

  /// Prints each verdict, then what to do next.
  static func report(_ verdicts: [Verdict], chapter: CourseChapter) {
    for line in Verdict.report(verdicts) { say(line) }
    say()
    let solved = verdicts.filter(\.isSolved).count
    if solved == verdicts.count {
      say("All \(solved) of chapter \(chapter.number) solved.")
      if let next = Syllabus.written.first(where: {
        $0.number > chapter.number
      }) {
        say("On to the next: \(next.lessonFile)")
      }
      return
    }
    say("\(solved) of \(verdicts.count) solved.")
    if let first = verdicts.first(where: { !$0.isSolved }) {
      say(
        "Stuck on \(first.exercise.id)? make hint-\(first.exercise.id) "
          + "gives a hint.")
    }
  }
}
