import Foundation
import Syllabus

/// `make verify`: the maintainer's check that the exercises are fair,
/// like rustlings' `dev check`.
///
/// Every shipped stub fails with "not yet implemented", every reference
/// solution passes, every recorded wrong solution fails with the message
/// it names, and every exercise has a TODO, a lesson section, hints, tests
/// and at least three wrong solutions. It checks copies in `.build/verify`,
/// never your files.
enum VerifyCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.isEmpty else {
      throw CourseError.usage("make verify takes no arguments")
    }
    var verify = Verification(repository: repository)
    try verify.run()
    return verify.problems.isEmpty ? 0 : 1
  }
}

/// One run of `make verify`, collecting problems as it goes.
struct Verification {
  let repository: Repository
  var problems: [String] = []
  var package: LearnerPackage {
    LearnerPackage(repository: repository, scratch: ".build/verify")
  }

  mutating func run() throws {
    let chapters = Syllabus.written
    let exercises = try repository.allExercises()
    var stubs: [CourseChapter: String] = [:]
    var solutions: [CourseChapter: String] = [:]
    var wrongs: [WrongSolution] = []
    for chapter in chapters {
      stubs[chapter] = try repository.read(chapter.stubFile)
      solutions[chapter] = try repository.read(chapter.solutionFile)
      wrongs += try WrongSolution.all(of: chapter, in: repository)
    }

    say("==> Every exercise has a TODO, a lesson section, hints and tests")
    for exercise in exercises {
      checkFiles(
        exercise, stub: stubs[exercise.chapter]!,
        solution: solutions[exercise.chapter]!, wrongs: wrongs)
    }
    for chapter in chapters {
      checkWorkspace(chapter, stub: stubs[chapter]!)
    }
    for wrong in wrongs
    where !exercises.contains(where: { $0.id == wrong.exercise }) {
      problems.append("\(wrong.path): there is no exercise \(wrong.exercise)")
    }
    report(since: 0)

    let checker = Checker(package: package)
    say("==> Every shipped stub fails with \"not yet implemented\"")
    var before = problems.count
    for verdict in try checker.check(chapters, code: stubs)
    where verdict.status != .notYetImplemented {
      problems.append(
        "\(verdict.exercise.chapter.stubFile): exercise \(verdict.exercise.id)"
          + " is not reported as not yet implemented:\n"
          + verdict.report.joined(separator: "\n"))
    }
    report(since: before)

    say("==> Every reference solution passes")
    before = problems.count
    for verdict in try checker.check(chapters, code: solutions)
    where !verdict.isSolved {
      problems.append(
        "\(verdict.exercise.chapter.solutionFile): exercise "
          + "\(verdict.exercise.id) does not pass:\n"
          + verdict.report.joined(separator: "\n"))
    }
    report(since: before)

    say("==> Every wrong solution fails, with the message it names")
    before = problems.count
    let rejected = try checkWrongSolutions(
      wrongs, stubs: stubs, checker: checker)
    report(since: before)
    say()
    say("Wrong solutions rejected, by exercise:")
    for exercise in exercises {
      let mine = wrongs.filter { $0.exercise == exercise.id }
      let ok = mine.filter { rejected.contains($0.path) }.count
      say("  \(exercise.label.padding(50)) \(ok) of \(mine.count)")
    }
    say("  \("In all".padding(50)) \(rejected.count) of \(wrongs.count)")

    say()
    say("==> A check right after an edit sees the edit")
    before = problems.count
    try checkFreshVerdicts(stubs: stubs, solutions: solutions, checker: checker)
    report(since: before)

    say()
    if problems.isEmpty {
      say("make verify: everything checks out.")
    } else {
      say("make verify found \(problems.count) problem(s):")
      for problem in problems { say("- " + problem) }
    }
  }

  /// Prints ✔, or the problems found since `start`.
  private func report(since start: Int) {
    if problems.count == start {
      say("✔")
    } else {
      for problem in problems[start...] { say("✘ " + problem) }
    }
  }

  private mutating func checkFiles(
    _ exercise: ExerciseInfo, stub: String, solution: String,
    wrongs: [WrongSolution]
  ) {
    let chapter = exercise.chapter
    let mark = ExerciseFile.mark(exercise.id)
    if let code = ExerciseFile(stub).code(of: exercise.id) {
      if !code.contains("TODO") {
        problems.append(
          "\(chapter.stubFile): exercise \(exercise.id) has no TODO")
      }
      if !code.contains("Exercise.notYetImplemented(")
        || !code.contains("\"\(exercise.id)\"")
        || !code.contains("\"\(exercise.section)\"")
      {
        problems.append(
          "\(chapter.stubFile): exercise \(exercise.id) must call "
            + "Exercise.notYetImplemented(\"\(exercise.id)\", see: "
            + "\"\(exercise.section)\")")
      }
    } else {
      problems.append("\(chapter.stubFile) has no line \(mark)")
    }
    if ExerciseFile(solution).code(of: exercise.id) == nil {
      problems.append("\(chapter.solutionFile) has no line \(mark)")
    }
    if let hints = try? repository.read(exercise.hintFile) {
      if Hints.parse(hints).count < 3 {
        problems.append("\(exercise.hintFile) has fewer than 3 hints")
      }
      if !hints.hasPrefix("# Exercise \(exercise.id): \(exercise.title)\n") {
        problems.append(
          "\(exercise.hintFile) must start with "
            + "\"# Exercise \(exercise.id): \(exercise.title)\"")
      }
    } else {
      problems.append("\(exercise.hintFile) is missing")
    }
    let tests = (try? repository.read(chapter.exerciseTestFile)) ?? ""
    if !tests.contains("\"Exercise \(exercise.id):") {
      problems.append(
        "\(chapter.exerciseTestFile) has no test named \"Exercise \(exercise.id): …\""
      )
    }
    let count = wrongs.filter { $0.exercise == exercise.id }.count
    if count < 3 {
      problems.append(
        "exercise \(exercise.id) has \(count) recorded wrong solutions, "
          + "fewer than 3 (\(chapter.wrongSolutionsFolder))")
    }
  }

  /// Sources/Exercises must ship as the stubs; here it may hold your work.
  private mutating func checkWorkspace(_ chapter: CourseChapter, stub: String) {
    guard (try? repository.read(chapter.exerciseFile)) != stub else { return }
    if ProcessInfo.processInfo.environment["CI"] != nil {
      problems.append(
        "\(chapter.exerciseFile) differs from \(chapter.stubFile): the "
          + "course must ship the stubs")
    } else {
      say(
        "  (\(chapter.exerciseFile) holds your own work; CI checks that it "
          + "ships as \(chapter.stubFile).)")
    }
  }

  /// Checks the wrong solutions, several at a time (one per exercise), and
  /// returns the paths of those rejected as their files say.
  private mutating func checkWrongSolutions(
    _ wrongs: [WrongSolution], stubs: [CourseChapter: String], checker: Checker
  ) throws -> Set<String> {
    // Code that does not compile stops its whole chapter, so it goes alone.
    var rounds: [[WrongSolution]] = wrongs.filter(\.expectsCompileError).map {
      [$0]
    }
    var queues = Dictionary(
      grouping: wrongs.filter { !$0.expectsCompileError }, by: \.exercise)
    while !queues.isEmpty {
      rounds.append(queues.keys.sorted().compactMap { queues[$0]?.first })
      for key in queues.keys {
        queues[key]!.removeFirst()
        if queues[key]!.isEmpty { queues[key] = nil }
      }
    }
    var rejected = Set<String>()
    var retry: [WrongSolution] = []
    for (number, round) in rounds.enumerated() {
      say(
        "  round \(number + 1) of \(rounds.count): \(round.count) wrong "
          + "solution\(round.count == 1 ? "" : "s") "
          + "(\(round.map(\.exercise).joined(separator: ", ")))"
      )
      retry += try check(
        round, stubs: stubs, checker: checker, into: &rejected, retrying: true)
    }
    for wrong in retry {
      _ = try check(
        [wrong], stubs: stubs, checker: checker, into: &rejected,
        retrying: false)
    }
    return rejected
  }

  /// Checks `round` together; returns those to check again alone because
  /// another one in the round kept their chapter from compiling.
  private mutating func check(
    _ round: [WrongSolution], stubs: [CourseChapter: String], checker: Checker,
    into rejected: inout Set<String>, retrying: Bool
  ) throws -> [WrongSolution] {
    var code = stubs
    var chapters: [CourseChapter] = []
    for wrong in round {
      let number = Int(wrong.exercise.split(separator: ".")[0]) ?? 0
      guard let chapter = Syllabus.chapter(number),
        var file = code[chapter].map(ExerciseFile.init)
      else { continue }
      guard file.replace(wrong.exercise, with: wrong.code) else { continue }
      code[chapter] = file.text
      if !chapters.contains(chapter) { chapters.append(chapter) }
    }
    let verdicts = try checker.check(chapters, code: code)
    var again: [WrongSolution] = []
    for wrong in round {
      guard
        let verdict = verdicts.first(where: { $0.exercise.id == wrong.exercise }
        )
      else {
        problems.append(
          "\(wrong.path): no verdict for exercise \(wrong.exercise)")
        continue
      }
      let text = verdict.report.joined(separator: "\n")
      if verdict.isSolved {
        problems.append("\(wrong.path) is accepted: \(wrong.mistake)")
      } else if verdict.status == .notChecked && retrying {
        again.append(wrong)
      } else if !text.contains(wrong.rejectedWith) {
        problems.append(
          "\(wrong.path) is rejected, but the verdict does not say "
            + "\"\(wrong.rejectedWith)\":\n\(text)")
      } else {
        rejected.insert(wrong.path)
      }
    }
    return again
  }

  /// Edits and checks again at once, several times: each verdict must be
  /// the one for the code just written, never the one before.
  private mutating func checkFreshVerdicts(
    stubs: [CourseChapter: String], solutions: [CourseChapter: String],
    checker: Checker
  ) throws {
    guard let chapter = Syllabus.written.first,
      let exercise = try repository.exercises(of: chapter).first
    else { return }
    var stub = ExerciseFile(stubs[chapter]!)
    let solved = ExerciseFile(solutions[chapter]!).code(of: exercise.id)!
    stub.replace(exercise.id, with: solved)
    let versions = [stub.text, stubs[chapter]!]
    let clock = ContinuousClock()
    var times: [Duration] = []
    for cycle in 0..<6 {
      let expectSolved = cycle % 2 == 0
      let start = clock.now
      let verdict = try checker.check(
        [chapter], code: [chapter: versions[cycle % 2]]
      )
      .first { $0.exercise == exercise }
      times.append(clock.now - start)
      if verdict?.isSolved != expectSolved {
        problems.append(
          "edit \(cycle + 1): exercise \(exercise.id) was checked against "
            + "the previous edit (stale verdict)")
      }
    }
    let slowest = times.max() ?? .zero
    say(
      "  6 edits of \(exercise.id), each checked at once; slowest edit→verdict: \(slowest.milliseconds) ms"
    )
  }
}

extension Duration {
  var milliseconds: Int64 {
    components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
  }
}
