/// Code that switches off Swift's data-race checks.
///
/// The exercise tests run everything on the course's one loop thread, so a
/// data race never happens while they run and no test can see one. The
/// compiler can, unless it is told not to look: a solution that does that
/// is not accepted, however its tests go.
enum Silencers {
  /// One place that silences the checks.
  struct Finding: Equatable {
    /// The line, counting from 1.
    let line: Int
    /// The construct, as written in the rules below.
    let construct: String
    /// Why it is not accepted.
    let reason: String
  }

  /// The constructs, and what each one hides.
  static let rules: [(pattern: [String], construct: String, reason: String)] =
    [
      (
        ["nonisolated", "(", "unsafe", ")"], "nonisolated(unsafe)",
        "it lets every thread change the variable with no lock"
      ),
      (
        ["@", "unchecked", "Sendable"], "@unchecked Sendable",
        "it claims the type is safe to share without the compiler checking"
      ),
      (
        ["@", "preconcurrency"], "@preconcurrency",
        "it turns the compiler's Sendable errors into silence"
      ),
      (
        ["unsafeBitCast"], "unsafeBitCast",
        "it can turn a closure into a @Sendable one without any check"
      ),
      (
        ["@", "unsafe"], "@unsafe",
        "it marks the code as unchecked"
      ),
      (
        ["unsafe"], "unsafe",
        "it marks an expression as unchecked"
      ),
      (
        ["Unmanaged"], "Unmanaged",
        "it shares a reference without the compiler's checks"
      ),
      (
        ["UnsafeMutablePointer"], "UnsafeMutablePointer",
        "it lets threads share memory that the compiler cannot check"
      ),
      (
        ["UnsafeMutableRawPointer"], "UnsafeMutableRawPointer",
        "it lets threads share memory that the compiler cannot check"
      ),
      (
        ["UnsafeMutableBufferPointer"], "UnsafeMutableBufferPointer",
        "it lets threads share memory that the compiler cannot check"
      ),
    ]

  /// Every place in `source` that silences the checks, in order. Comments
  /// and string literals are not code, so they never count.
  static func scan(_ source: String) -> [Finding] {
    let tokens = Tokens.of(source)
    var findings: [Finding] = []
    var index = 0
    while index < tokens.count {
      for rule in rules
      where tokens[index...].prefix(rule.pattern.count).map(\.text)
        == rule.pattern
      {
        findings.append(
          Finding(
            line: tokens[index].line,
            construct: rule.construct,
            reason: rule.reason
          ))
        index += rule.pattern.count - 1
        break
      }
      index += 1
    }
    return findings
  }
}

/// Swift source cut into words and punctuation, leaving out comments and
/// string literals: enough to find a construct without a parser.
enum Tokens {
  struct Token {
    let text: String
    let line: Int
  }

  static func of(_ source: String) -> [Token] {
    var tokens: [Token] = []
    let characters = Array(source)
    var index = 0
    var line = 1
    var word = ""
    func flush() {
      if !word.isEmpty { tokens.append(Token(text: word, line: line)) }
      word = ""
    }
    func at(_ text: String) -> Bool {
      let scalars = Array(text)
      return index + scalars.count <= characters.count
        && Array(characters[index..<index + scalars.count]) == scalars
    }
    // Skips to just past `end`, counting lines.
    func skip(past end: String) {
      while index < characters.count && !at(end) {
        if characters[index] == "\\" && end != "*/" && end != "\n" {
          index += 1
        }
        if index < characters.count, characters[index] == "\n" { line += 1 }
        index += 1
      }
      index += end == "\n" ? 0 : end.count
    }
    while index < characters.count {
      let character = characters[index]
      if at("//") {
        flush()
        skip(past: "\n")
      } else if at("/*") {
        flush()
        index += 2
        skip(past: "*/")
      } else if at("\"\"\"") {
        flush()
        index += 3
        skip(past: "\"\"\"")
      } else if character == "\"" {
        flush()
        index += 1
        skip(past: "\"")
      } else if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
        index += 1
      } else {
        flush()
        if character == "\n" { line += 1 }
        if !character.isWhitespace {
          tokens.append(Token(text: String(character), line: line))
        }
        index += 1
      }
    }
    flush()
    return tokens
  }
}
