import Foundation
import Syllabus

/// An error the compiler reported, with the file named as you know it.
struct CompilerError: Equatable {
  /// `Sources/Exercises/Lesson04AsyncAwait.swift`, or the file as the
  /// compiler named it if it is not one of the workspace's.
  let file: String
  let line: Int
  let message: String
  /// The chapter whose exercise file or tests it is in, if any.
  let chapter: CourseChapter?
  /// Whether it is in the tests rather than the exercise code.
  let isInTests: Bool

  var description: String { "\(file):\(line): error: \(message)" }

  /// Every `path:line:column: error: message` line of `output`.
  static func all(in output: String, workspace: String) -> [CompilerError] {
    var seen = Set<String>()
    return output.split(separator: "\n").compactMap {
      (line: Substring) -> CompilerError? in
      let parts = line.split(
        separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
      guard parts.count == 5, parts[3] == " error",
        parts[0].hasSuffix(".swift"), let number = Int(parts[1])
      else { return nil }
      let path = String(parts[0])
      let name = URL(fileURLWithPath: path).lastPathComponent
      let isInTests = name.hasSuffix("Tests.swift")
      let chapter = Syllabus.written.first {
        name == "\($0.target).swift" || name == "\($0.target)Tests.swift"
      }
      var file = path
      if path.hasPrefix(workspace), let chapter {
        file = isInTests ? chapter.exerciseTestFile : chapter.exerciseFile
      }
      let error = CompilerError(
        file: file,
        line: number,
        message: String(parts[4]).trimmingWhitespace(),
        chapter: chapter,
        isInTests: isInTests
      )
      return seen.insert(error.description).inserted ? error : nil
    }
  }
}
