import Syllabus

/// `make solution-N.M`: the reference solution, once your code passes (or
/// with FORCE=1, if you have decided to look).
enum SolutionCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    let force = arguments.contains("--force")
    let ids = arguments.filter { $0 != "--force" }
    guard ids.count == 1 else {
      throw CourseError.usage("name one exercise: make solution-1.2")
    }
    let exercise = try ExerciseInfo.find(ids[0], in: repository)
    if !force {
      say("Checking your code for exercise \(exercise.id) first …")
      let verdicts = try LearnerPackage.learner(repository).checking {
        try Checker(package: $0).check([exercise.chapter])
      }
      guard verdicts.first(where: { $0.exercise == exercise })?.isSolved == true
      else {
        say()
        for verdict in verdicts where verdict.exercise == exercise {
          for line in verdict.report { say(line) }
        }
        say()
        say("Solve it first, and compare then: the struggle is the lesson.")
        say("A hint: make hint-\(exercise.id)")
        say("To see the solution anyway: make solution-\(exercise.id) FORCE=1")
        return 1
      }
    }
    let solutions = ExerciseFile(
      try repository.read(exercise.chapter.solutionFile))
    guard let code = solutions.code(of: exercise.id) else {
      throw CourseError.failed(
        "\(exercise.chapter.solutionFile) has no \(ExerciseFile.mark(exercise.id))"
      )
    }
    say("The reference solution of exercise \(exercise.label)")
    say("(from \(exercise.chapter.solutionFile)):")
    say(code)
    return 0
  }
}
