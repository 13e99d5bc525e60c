import Foundation
import Syllabus

/// `make reset-N.M`: puts back exercise N.M's stub, as shipped, and keeps
/// your whole file first in `.course/backups`. `make reset-N` does it for
/// the whole chapter file.
enum ResetCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.count == 1 else {
      throw CourseError.usage(
        "name one exercise (make reset-1.2) or chapter (make reset-1)")
    }
    let chapter: CourseChapter
    var exercise: ExerciseInfo?
    if arguments[0].contains(".") {
      exercise = try ExerciseInfo.find(arguments[0], in: repository)
      chapter = exercise!.chapter
    } else {
      chapter = try ChapterArgument.parse(arguments[0], for: "reset")
    }
    let stub = try repository.read(chapter.stubFile)
    // A deleted file is reset too, with nothing to keep.
    let yours = (try? repository.read(chapter.exerciseFile)) ?? ""
    var file = ExerciseFile(yours)
    if let exercise {
      guard let code = ExerciseFile(stub).code(of: exercise.id) else {
        throw CourseError.failed(
          "\(chapter.stubFile) has no \(ExerciseFile.mark(exercise.id))")
      }
      guard file.replace(exercise.id, with: code) else {
        throw CourseError.failed(
          """
          \(chapter.exerciseFile) has no line
            \(ExerciseFile.mark(exercise.id))
          so the course cannot tell which part is exercise \(exercise.id).
          make reset-\(chapter.number) puts back the whole file (yours is kept).
          """)
      }
    } else {
      file = ExerciseFile(stub)
    }
    guard file.text != yours else {
      say(
        "Nothing to reset: \(exercise.map { "exercise \($0.id)" } ?? chapter.exerciseFile) is as shipped."
      )
      return 0
    }
    if !yours.isEmpty {
      let backup = try keep(yours, of: chapter, repository)
      say("Your version is kept in \(backup).")
    }
    try repository.write(file.text, to: chapter.exerciseFile)
    say(
      "\(exercise.map { "Exercise \($0.label)" } ?? chapter.exerciseFile) "
        + "is back to its stub.")
    return 0
  }

  /// Copies `text` to a new file in `.course/backups` and returns its path.
  static func keep(
    _ text: String, of chapter: CourseChapter, _ repository: Repository
  ) throws
    -> String
  {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    formatter.locale = Locale(identifier: "en_US_POSIX")
    let stamp = formatter.string(from: Date())
    var path = "\(LearnerState.folder)/backups/\(chapter.target)-\(stamp).swift"
    var number = 2
    while repository.exists(path) {
      path =
        "\(LearnerState.folder)/backups/\(chapter.target)-\(stamp)-\(number).swift"
      number += 1
    }
    try repository.write(text, to: path)
    return path
  }
}
