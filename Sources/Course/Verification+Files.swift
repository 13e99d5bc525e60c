import Foundation
import Syllabus

/// The checks of `make verify` that read files only.
extension Verification {
  mutating func checkFiles(
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
  mutating func checkWorkspace(_ chapter: CourseChapter, stub: String) {
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

  /// Every `Lessons/NN-name.md#anchor` that `text` names must lead to a
  /// heading of that lesson.
  mutating func checkLinks(in path: String, _ text: String) {
    let pattern = /Lessons\/[0-9]{2}-[a-z0-9-]+\.md#[a-z0-9_-]+/
    for match in text.matches(of: pattern) {
      let parts = match.output.split(separator: "#")
      let lesson = String(parts[0])
      let anchors = Set(
        ((try? repository.read(lesson)) ?? "").split(separator: "\n")
          .filter { $0.hasPrefix("#") }
          .map { Anchor.slug(String($0.drop { $0 == "#" || $0 == " " })) })
      if !anchors.contains(String(parts[1])) {
        problems.append(
          "\(path) links to \(match.output), which has no such heading")
      }
    }
  }
}
