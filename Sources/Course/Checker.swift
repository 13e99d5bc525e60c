import Foundation
import Syllabus

/// Checks exercises and gives each exactly one verdict.
///
/// In order: code that silences the data-race checks is refused; the code
/// is built, and a chapter whose code does not compile is set aside so the
/// other chapters can still be checked; then the tests run, one at a time,
/// with hangs and crashes caught (see ``TestRunner``).
struct Checker {
  let package: LearnerPackage
  var timeout: Duration = .seconds(6)

  var repository: Repository { package.repository }

  /// The verdicts on `chapters`' exercises, in order, for the code in
  /// `code` (by default, your files in `Sources/Exercises`).
  func check(
    _ chapters: [CourseChapter],
    code given: [CourseChapter: String]? = nil
  ) throws -> [Verdict] {
    var code: [CourseChapter: String] = [:]
    for chapter in chapters {
      if let text = given?[chapter] {
        code[chapter] = text
        continue
      }
      guard repository.exists(chapter.exerciseFile) else {
        throw CourseError.failed(
          "\(chapter.exerciseFile) is missing. make reset-\(chapter.number) "
            + "puts back its stub.")
      }
      code[chapter] = try repository.read(chapter.exerciseFile)
    }
    var verdicts: [String: Verdict] = [:]
    let exercises = try chapters.flatMap { try repository.exercises(of: $0) }

    // Refuse code that hides data races, before anything runs.
    for chapter in chapters {
      let file = ExerciseFile(code[chapter] ?? "")
      for finding in Silencers.scan(file.text) {
        let ids =
          file.exercise(atLine: finding.line).map { [$0] }
          ?? exercises.filter { $0.chapter == chapter }.map(\.id)
        for exercise in exercises where ids.contains(exercise.id) {
          verdicts[
            exercise.id,
            default: Verdict(
              exercise: exercise, status: .silencesChecks)
          ]
          .details += Self.silencerDetails(finding, in: chapter)
        }
      }
    }

    // Build, leaving out chapters that do not compile.
    var building = chapters
    while !building.isEmpty {
      try package.prepare(building, code: code)
      let errors = try package.build()
      if errors.isEmpty { break }
      let broken = Set(errors.compactMap(\.chapter))
      guard !broken.isEmpty, errors.allSatisfy({ $0.chapter != nil }) else {
        let shown = errors.prefix(5).map { "  " + $0.description }
        throw CourseError.failed(
          (["the course's own code did not build:"] + shown + [
            "Is your copy of the course up to date? The whole log: "
              + "\(package.logs)/build.log"
          ]).joined(separator: "\n"))
      }
      for chapter in broken {
        let tests = ExerciseFile(try repository.read(chapter.exerciseTestFile))
        for exercise in exercises where exercise.chapter == chapter {
          guard verdicts[exercise.id] == nil else { continue }
          verdicts[exercise.id] = Self.compileVerdict(
            exercise, errors: errors.filter { $0.chapter == chapter },
            code: ExerciseFile(code[chapter] ?? ""), tests: tests)
        }
      }
      building.removeAll { broken.contains($0) }
    }
    if !building.isEmpty {
      let results = try TestRunner(package: package, timeout: timeout).run()
      for exercise in exercises where verdicts[exercise.id] == nil {
        verdicts[exercise.id] = Self.verdict(exercise, results[exercise.id])
      }
    }
    return exercises.compactMap { verdicts[$0.id] }
  }

  static func silencerDetails(
    _ finding: Silencers.Finding, in chapter: CourseChapter
  ) -> [String] {
    [
      "\(chapter.exerciseFile):\(finding.line) uses `\(finding.construct)`:",
      "\(finding.reason).",
      "The tests run everything on one thread, so they cannot see a data",
      "race; the compiler can, if you let it. Share state with a Mutex or",
      "an actor instead: Lessons/02-callback-hell.md#three-requests-in-parallel",
    ]
  }

  /// The verdict on `exercise` when its chapter does not compile. Each
  /// error belongs to the exercise whose region (or whose test) holds it;
  /// an error in the shared part belongs to all.
  static func compileVerdict(
    _ exercise: ExerciseInfo, errors: [CompilerError], code: ExerciseFile,
    tests: ExerciseFile
  ) -> Verdict {
    let owners = errors.map { error in
      error.isInTests
        ? tests.test(atLine: error.line) : code.exercise(atLine: error.line)
    }
    let mine = zip(errors, owners).filter {
      $0.1 == exercise.id || $0.1 == nil
    }.map(\.0)
    guard !mine.isEmpty else {
      let others = Set(owners.compactMap { $0 }).sorted()
      return Verdict(
        exercise: exercise, status: .notChecked,
        details: [
          "\(exercise.chapter.exerciseFile) does not compile (see "
            + "\(others.joined(separator: ", "))), so no test can run."
        ])
    }
    var details = mine.prefix(5).map(\.description)
    if mine.contains(where: \.isInTests) {
      details += [
        "The tests cannot use your code. Keep each exercise's name,",
        "parameters and types as the stub has them.",
      ]
    }
    return Verdict(
      exercise: exercise, status: .doesNotCompile, details: details)
  }

  static func verdict(_ exercise: ExerciseInfo, _ result: TestRunner.Result?)
    -> Verdict
  {
    switch result {
    case nil:
      return Verdict(
        exercise: exercise, status: .failing,
        details: ["No test ran for it: is its test file missing?"])
    case .didNotFinish(let reason, let test):
      return Verdict(
        exercise: exercise, status: .didNotFinish,
        details: [
          "Stopped while testing \"\(test)\": \(reason).",
          "Is something blocking the thread (a sleep, a semaphore, a lock),",
          "waiting on itself, or looping or recursing without end?",
        ])
    case .crashed(let test, let log):
      return CrashReport.verdict(log: log, test: test, exercise: exercise)
    case .ran(let tests):
      let unsolved = "not yet implemented: exercise \(exercise.id) ("
      if tests.contains(where: {
        $0.outcome.issues.joined().contains { $0.contains(unsolved) }
      }) {
        return Verdict(
          exercise: exercise, status: .notYetImplemented,
          headline: "read \(exercise.section)")
      }
      let failed = tests.filter { !$0.outcome.issues.isEmpty }
      if failed.isEmpty && !tests.isEmpty {
        return Verdict(exercise: exercise, status: .solved)
      }
      var details: [String] = []
      for test in failed {
        details.append("✘ \(test.name)")
        var seen = Set<String>()
        for text in test.outcome.issues.joined()
        where text != "Issue recorded" && seen.insert(text).inserted {
          // A message of several lines keeps its shape, indented.
          details += text.split(separator: "\n").map { "  " + $0 }
        }
      }
      return Verdict(exercise: exercise, status: .failing, details: details)
    }
  }
}
