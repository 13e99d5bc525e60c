import Syllabus

/// The wrong solutions of `make verify`, applied to the stubs and
/// checked.
extension Verification {
  /// Checks the wrong solutions, several at a time (one per exercise), and
  /// returns the paths of those rejected as their files say.
  mutating func checkWrongSolutions(
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
  mutating func check(
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
}
