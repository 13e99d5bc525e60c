import Foundation

/// The few lines of a crash that matter, out of the ~200 a backtrace has.
enum CrashReport {
  /// The verdict on a crash: the fatal line, then which test was running,
  /// where in the exercise code it happened, and where the whole log is.
  static func verdict(log: String, test: String, exercise: ExerciseInfo)
    -> Verdict
  {
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n").map(String.init)
    let fatal = headline(in: lines)
    let file = "\(exercise.chapter.target).swift"
    // The first frame in the exercise code: "at /…/Exercises/Lesson….swift:63:5".
    let frame = lines.lazy.compactMap { line -> String? in
      guard let range = line.range(of: "Exercises/\(file):") else { return nil }
      let location = line[range.upperBound...].prefix { $0.isNumber }
      return location.isEmpty
        ? nil : "\(exercise.chapter.exerciseFile):\(location)"
    }.first
    var details = ["It crashed while testing \"\(test)\"."]
    if let frame { details.append("It was running \(frame).") }
    details.append("The whole log: \(log)")
    return Verdict(
      exercise: exercise, status: .crashed,
      headline: fatal.map { Self.shortened($0, file: file) },
      details: details)
  }

  /// The line that says why the program stopped. The last fatal line is
  /// the one: `make verify` runs several chapters' tests in one process, so
  /// a log can hold another test's warnings before it, such as a leaked
  /// continuation, which the runtime reports without stopping.
  static func headline(in lines: [String]) -> String? {
    let fatal = [
      "Fatal error", "fatal error", "Precondition failed", "Assertion failed",
      "resume its continuation more than once",
    ]
    return lines.last { line in fatal.contains { line.contains($0) } }
      ?? lines.last { $0.contains("SWIFT TASK CONTINUATION MISUSE") }
      ?? lines.first { $0.contains("Program crashed") }
  }

  /// The line without the workspace's folders.
  private static func shortened(_ line: String, file: String) -> String {
    var line = line.trimmingWhitespace()
    if let range = line.range(of: "Exercises/\(file)") {
      line = "Sources/Exercises/\(file)" + line[range.upperBound...]
    }
    return line
  }
}
