import Foundation
import Syllabus

/// One exercise, as its lesson announces it: `### Exercise 4.3: A concurrent
/// map with a limit`.
struct ExerciseInfo: Sendable, Hashable {
  /// `4.3`.
  let id: String
  /// `A concurrent map with a limit`.
  let title: String
  /// The chapter it belongs to.
  let chapter: CourseChapter

  /// The lesson section that sets it:
  /// `Lessons/04-async-await.md#exercise-43-a-concurrent-map-with-a-limit`.
  var section: String {
    "\(chapter.lessonFile)#\(Anchor.slug("Exercise \(id): \(title)"))"
  }

  /// The graded hints, shown one at a time by `make hint-4.3`.
  var hintFile: String { "Sources/Exercises/Hints/\(id).md" }

  /// `4.3 A concurrent map with a limit`.
  var label: String { "\(id) \(title)" }

  /// The exercise numbered `id` (`4.3`) if the course has it.
  static func find(_ id: String, in repository: Repository) throws
    -> ExerciseInfo
  {
    let parts = id.split(separator: ".")
    guard parts.count == 2, let number = Int(parts[0]), Int(parts[1]) != nil
    else {
      throw CourseError.usage(
        "'\(id)' is not an exercise number: write it like 1.2")
    }
    guard let chapter = Syllabus.chapter(number), chapter.isWritten else {
      throw CourseError.usage(
        "there is no chapter \(number) with exercises yet; "
          + "`make progress` lists them all")
    }
    let all = try repository.exercises(of: chapter)
    guard let exercise = all.first(where: { $0.id == id }) else {
      let ids = all.map(\.id).joined(separator: ", ")
      throw CourseError.usage(
        "chapter \(number) has no exercise \(id); its exercises are \(ids)")
    }
    return exercise
  }
}

extension Repository {
  /// Chapter `chapter`'s exercises, in order, from its lesson's headings.
  func exercises(of chapter: CourseChapter) throws -> [ExerciseInfo] {
    guard chapter.isWritten else { return [] }
    let prefix = "### Exercise \(chapter.number)."
    return try read(chapter.lessonFile)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.hasPrefix(prefix) }
      .compactMap { line in
        let heading = line.dropFirst("### Exercise ".count)
        guard let colon = heading.firstIndex(of: ":") else { return nil }
        return ExerciseInfo(
          id: String(heading[..<colon]),
          title: heading[heading.index(after: colon)...]
            .trimmingCharacters(in: .whitespaces),
          chapter: chapter
        )
      }
  }

  /// Every exercise of every written chapter, in order.
  func allExercises() throws -> [ExerciseInfo] {
    try Syllabus.written.flatMap { try exercises(of: $0) }
  }
}

/// Markdown heading anchors, the way GitHub makes them.
enum Anchor {
  /// `exercise-43-a-concurrent-map-with-a-limit` for
  /// `Exercise 4.3: A concurrent map with a limit`.
  static func slug(_ heading: String) -> String {
    String(
      heading.lowercased().compactMap { character -> Character? in
        if character == " " { return "-" }
        if character.isLetter || character.isNumber || character == "-"
          || character == "_"
        {
          return character
        }
        return nil
      })
  }
}
