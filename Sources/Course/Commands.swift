import Foundation
import Syllabus

/// The course's commands, as the Makefile calls them: `course exercise 4`.
enum Commands {
  /// Runs the command `arguments` name and returns the exit status: 0 when
  /// it did what it says, 1 when it found something wrong, 2 when it was
  /// called wrongly.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      let repository = try Repository.current()
      let name = arguments.first ?? "help"
      let rest = Array(arguments.dropFirst())
      switch name {
      case "help", "-h", "--help": return Help.run(repository)
      case "lesson": return try LessonCommand.run(rest, repository)
      case "exercise": return try ExerciseCommand.run(rest, repository)
      case "watch": return try WatchCommand.run(rest, repository)
      case "progress": return try ProgressCommand.run(rest, repository)
      case "next": return try NextCommand.run(rest, repository)
      case "hint": return try HintCommand.run(rest, repository)
      case "reset": return try ResetCommand.run(rest, repository)
      case "solution": return try SolutionCommand.run(rest, repository)
      case "verify": return try VerifyCommand.run(rest, repository)
      case "test": return try TestCommand.run(rest, repository)
      default:
        throw CourseError.usage(
          "unknown command '\(name)'; `make help` lists them")
      }
    } catch CourseError.usage(let message) {
      printError("error: \(message)")
      return 2
    } catch CourseError.failed(let message) {
      printError("error: \(message)")
      return 1
    } catch {
      printError("error: \(error)")
      return 1
    }
  }
}

/// Writes `message` to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints now, even when standard output is a pipe.
func say(_ line: String = "") {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
