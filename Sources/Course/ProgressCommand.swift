import Syllabus

/// `make progress`: every exercise of every chapter, checked now, with a
/// progress bar. It runs the tests, so it cannot be out of date.
enum ProgressCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.isEmpty else {
      throw CourseError.usage("make progress takes no arguments")
    }
    say("Checking every chapter's exercises …")
    let verdicts = try LearnerPackage.learner(repository).checking {
      try Checker(package: $0).check(Syllabus.written)
    }
    say()
    // Wide enough for every chapter's title, the longest included.
    let titleWidth =
      Syllabus.chapters.map { heading($0).count }.max().map { $0 + 2 } ?? 0
    for chapter in Syllabus.written {
      let mine = verdicts.filter { $0.exercise.chapter == chapter }
      let solved = mine.filter(\.isSolved).count
      say(
        heading(chapter).padding(titleWidth)
          + "\(bar(solved, of: mine.count, width: 10)) \(solved) of \(mine.count)"
      )
      for verdict in mine { say("  " + verdict.line) }
      say()
    }
    let solved = verdicts.filter(\.isSolved).count
    let percent = verdicts.isEmpty ? 0 : solved * 100 / verdicts.count
    say(
      "\(bar(solved, of: verdicts.count, width: 30)) \(solved) of "
        + "\(verdicts.count) exercises solved (\(percent)%)")
    if let next = verdicts.first(where: { !$0.isSolved }) {
      say("Next: \(next.exercise.label) (make next)")
      say("make exercise-N says what is wrong with each of chapter N's.")
    } else {
      say("Every exercise is solved. Well done!")
    }
    return 0
  }

  /// `Chapter 4: Async/await`.
  static func heading(_ chapter: CourseChapter) -> String {
    "Chapter \(chapter.number): \(chapter.title)"
  }

  /// `██████░░░░`: `done` of `total`, `width` characters wide.
  static func bar(_ done: Int, of total: Int, width: Int) -> String {
    let filled = total == 0 ? 0 : done * width / total
    return String(repeating: "█", count: filled)
      + String(repeating: "░", count: width - filled)
  }
}

/// `make next`: the first exercise not solved yet, where to read about it,
/// and the commands to check it and get a hint.
enum NextCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.isEmpty else {
      throw CourseError.usage("make next takes no arguments")
    }
    // All chapters in one build, the same one `make progress` uses.
    let verdicts = try LearnerPackage.learner(repository).checking {
      try Checker(package: $0).check(Syllabus.written)
    }
    if let next = verdicts.first(where: { !$0.isSolved }) {
      let exercise = next.exercise
      let chapter = exercise.chapter
      say("Next: exercise \(exercise.label)")
      say()
      if next.status != .notYetImplemented {
        // Where you left it: why it does not pass yet.
        for line in next.report { say("  " + line) }
        say()
      }
      say("  Read   \(exercise.section)")
      say(
        "  Edit   \(chapter.exerciseFile), below "
          + ExerciseFile.mark(exercise.id))
      say(
        "  Check  make exercise-\(chapter.number)   (or make watch-\(chapter.number))"
      )
      say("  Stuck  make hint-\(exercise.id)")
      return 0
    }
    say("Every exercise of chapters 1–\(Syllabus.written.count) is solved.")
    return 0
  }
}
