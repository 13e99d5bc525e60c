import Syllabus

/// A wrong answer a learner could plausibly write, kept so that
/// `make verify` can prove the tests reject it.
///
/// A file in `Tests/WrongSolutions/<chapter>/` holds one: a header, then
/// the code that replaces the exercise's region of the stub.
///
/// ```swift
/// // Exercise 4.3, wrong: waits for each batch of `limit` to finish
/// // before starting the next.
/// // Rejected with: start the next item as soon as any one ends
/// public func concurrentMap<…
/// ```
struct WrongSolution {
  /// The file, relative to the repository.
  let path: String
  /// `4.3`.
  let exercise: String
  /// What is wrong with it.
  let mistake: String
  /// Text that the exercise's verdict must contain.
  let rejectedWith: String
  /// The exercise's code.
  let code: String

  /// Whether the compiler, not the tests, is what rejects it.
  var expectsCompileError: Bool { rejectedWith == "does not compile" }

  init(path: String, text: String) throws {
    self.path = path
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let first = lines.first ?? ""
    guard first.hasPrefix("// Exercise "),
      let comma = first.firstIndex(of: ","),
      first[comma...].hasPrefix(", wrong: ")
    else {
      throw CourseError.failed(
        "\(path): the first line must read `// Exercise N.M, wrong: …`")
    }
    exercise = String(first[..<comma].dropFirst("// Exercise ".count))
    var mistake = String(first[comma...].dropFirst(", wrong: ".count))
    lines.removeFirst()
    while let line = lines.first, line.hasPrefix("//"),
      !line.hasPrefix("// Rejected with: ")
    {
      mistake += " " + String(line.dropFirst(2)).trimmingWhitespace()
      lines.removeFirst()
    }
    guard let rejected = lines.first, rejected.hasPrefix("// Rejected with: ")
    else {
      throw CourseError.failed(
        "\(path): the header must end with `// Rejected with: <text>`")
    }
    self.mistake = mistake
    rejectedWith = String(rejected.dropFirst("// Rejected with: ".count))
      .trimmingWhitespace()
    code = lines.dropFirst().joined(separator: "\n")
  }

  /// Every recorded wrong solution of `chapter`, sorted by file name.
  static func all(of chapter: CourseChapter, in repository: Repository) throws
    -> [WrongSolution]
  {
    let folder = chapter.wrongSolutionsFolder
    return try repository.files(in: folder).filter { $0.hasSuffix(".swift") }
      .map {
        let path = "\(folder)/\($0)"
        return try WrongSolution(path: path, text: repository.read(path))
      }
  }
}
