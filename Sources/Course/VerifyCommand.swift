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
      checkLinks(in: chapter.stubFile, stubs[chapter]!)
      for exercise in exercises where exercise.chapter == chapter {
        checkLinks(
          in: exercise.hintFile,
          (try? repository.read(exercise.hintFile)) ?? "")
      }
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
