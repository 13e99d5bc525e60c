import Foundation

/// A chapter's exercise file, cut into one region per exercise.
///
/// Each exercise's code starts after a `// MARK: - Exercise 4.3` line and
/// runs to the next such line or the end of the file; the types the
/// exercises share come before the first. So one exercise can be reset,
/// shown or replaced by a recorded wrong solution without touching the
/// others.
struct ExerciseFile {
  /// The file's lines.
  private(set) var lines: [String]

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  var text: String { lines.joined(separator: "\n") }

  static func mark(_ id: String) -> String { "// MARK: - Exercise \(id)" }

  /// The line indices of exercise `id`'s code, after its MARK line; nil if
  /// the file has no MARK line for it.
  func region(_ id: String) -> Range<Int>? {
    let mark = Self.mark(id)
    guard
      let start = lines.firstIndex(where: {
        $0.trimmingWhitespace() == mark
      })
    else { return nil }
    let end =
      lines[(start + 1)...].firstIndex {
        $0.trimmingWhitespace().hasPrefix("// MARK: - Exercise ")
      } ?? lines.count
    return (start + 1)..<end
  }

  /// Exercise `id`'s code, or nil if the file has no MARK line for it.
  func code(of id: String) -> String? {
    region(id).map { lines[$0].joined(separator: "\n") }
  }

  /// Replaces exercise `id`'s code with `code`. Returns false, changing
  /// nothing, if the file has no MARK line for it.
  @discardableResult
  mutating func replace(_ id: String, with code: String) -> Bool {
    guard let region = region(id) else { return false }
    var replacement = code.split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    // Keep one blank line between regions, whatever `code` ends with.
    while replacement.last?.isEmpty == true { replacement.removeLast() }
    while replacement.first?.isEmpty == true { replacement.removeFirst() }
    replacement.insert("", at: 0)
    if region.upperBound < lines.count || lines.last?.isEmpty == true {
      replacement.append("")
    }
    lines.replaceSubrange(region, with: replacement)
    return true
  }

  /// The exercise whose region holds line `number` (counting from 1), or
  /// nil for the shared part before the first exercise.
  func exercise(atLine number: Int) -> String? {
    let marks = lines.prefix(number).compactMap { line -> String? in
      let trimmed = line.trimmingWhitespace()
      guard trimmed.hasPrefix("// MARK: - Exercise ") else { return nil }
      return String(trimmed.dropFirst("// MARK: - Exercise ".count))
    }
    return marks.last
  }

  /// In a test file: the exercise of the test that holds line `number`,
  /// from the nearest `@Test("Exercise 4.3: …"` above it.
  func test(atLine number: Int) -> String? {
    for line in lines.prefix(number).reversed() {
      guard let start = line.range(of: "\"Exercise ") else { continue }
      let rest = line[start.upperBound...]
      guard let colon = rest.firstIndex(of: ":") else { continue }
      return String(rest[..<colon])
    }
    return nil
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
