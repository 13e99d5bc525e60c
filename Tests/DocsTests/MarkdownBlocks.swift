import Foundation

/// A fenced code block in a lesson, with the marker comment on the line
/// before it, if any.
struct CodeBlock: CustomStringConvertible {
  enum Marker: Equatable {
    case none
    /// `<!-- illustrative -->`: a Swift block not taken from the sources, or
    /// a Python block that needs more than the standard library (Trio), so
    /// is not run.
    case illustrative
    /// `<!-- compile-error: TEXT -->`: a Swift block that must fail to
    /// compile with an error containing TEXT.
    case compileError(String)
    /// `<!-- python-output -->`: a text block showing what the Python block
    /// before it prints.
    case pythonOutput
    /// `<!-- crashes-with: TEXT -->`: a Swift block that is a whole program;
    /// built and run on its own, it must crash, printing TEXT.
    case crashesWith(String)
    /// `<!-- stderr -->`: a text block that the chapter's program writes to
    /// standard error in a simulated run (the runtime's own warnings).
    case standardError
    /// `<!-- program -->` or `<!-- program: FLAGS -->`: a Swift block that
    /// is a whole program; built with `swiftc -swift-version 6 FLAGS`, it
    /// must run and exit 0.
    case program(flags: [String])
    /// `<!-- program-output -->`: a text block showing exactly what the
    /// program block before it prints.
    case programOutput
    /// `<!-- program-output: measured WHEN AND WHERE -->`: a text block
    /// copied from a run of the program block before it, a program that
    /// times real work, on the machine the marker names. Its figures vary
    /// from run to run; every other character must be what it prints.
    case measuredOutput(String)
    /// `<!-- bench: WHEN AND WHERE -->`: a text block copied from a run of
    /// `make bench`, on the machine the marker names. Its figures vary from
    /// run to run; its rows and units must be what `make bench` prints.
    case bench(String)
  }

  var file: String
  /// The line of the opening fence, counting from 1.
  var line: Int
  var language: String
  var marker: Marker
  var lines: [String]

  var text: String { lines.joined(separator: "\n") }
  var description: String { "\(file):\(line)" }
}

enum Markdown {
  /// The fenced blocks of `source`, in order.
  static func blocks(in source: String, file: String) -> [CodeBlock] {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    var blocks: [CodeBlock] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      guard line.hasPrefix("```") else {
        index += 1
        continue
      }
      let language = String(line.dropFirst(3))
        .trimmingCharacters(in: .whitespaces)
      let previous = index > 0 ? lines[index - 1] : ""
      var body: [String] = []
      var end = index + 1
      while end < lines.count, lines[end] != "```" {
        body.append(lines[end])
        end += 1
      }
      blocks.append(
        CodeBlock(
          file: file,
          line: index + 1,
          language: language,
          marker: marker(previous),
          lines: body
        ))
      index = end + 1
    }
    return blocks
  }

  private static func marker(_ line: String) -> CodeBlock.Marker {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else {
      return .none
    }
    let inner = trimmed.dropFirst(4).dropLast(3)
      .trimmingCharacters(in: .whitespaces)
    if inner == "illustrative" { return .illustrative }
    if inner == "python-output" { return .pythonOutput }
    if inner == "stderr" { return .standardError }
    if inner == "program-output" { return .programOutput }
    if inner.hasPrefix("program-output:") {
      return .measuredOutput(
        String(inner.dropFirst("program-output:".count))
          .trimmingCharacters(in: .whitespaces)
      )
    }
    if inner == "program" { return .program(flags: []) }
    if inner.hasPrefix("program:") {
      return .program(
        flags: inner.dropFirst("program:".count)
          .split(separator: " ").map(String.init)
      )
    }
    if inner.hasPrefix("bench:") {
      return .bench(
        String(inner.dropFirst("bench:".count))
          .trimmingCharacters(in: .whitespaces)
      )
    }
    if inner.hasPrefix("crashes-with:") {
      return .crashesWith(
        String(inner.dropFirst("crashes-with:".count))
          .trimmingCharacters(in: .whitespaces)
      )
    }
    if inner.hasPrefix("compile-error:") {
      return .compileError(
        String(inner.dropFirst("compile-error:".count))
          .trimmingCharacters(in: .whitespaces)
      )
    }
    return .none
  }

  /// The GitHub anchor of a heading: `Exercise 1.1: Call back later` becomes
  /// `exercise-11-call-back-later`.
  static func anchor(_ heading: String) -> String {
    var anchor = ""
    for character in heading.lowercased() {
      if character.isLetter || character.isNumber || character == "-"
        || character == "_"
      {
        anchor.append(character)
      } else if character == " " {
        anchor.append("-")
      }
    }
    return anchor
  }

  /// The anchors of every heading in `source`.
  static func anchors(in source: String) -> Set<String> {
    var anchors: Set<String> = []
    var inFence = false
    for line in source.split(separator: "\n") {
      if line.hasPrefix("```") { inFence.toggle() }
      guard !inFence, line.hasPrefix("#") else { continue }
      let heading = line.drop { $0 == "#" }
        .trimmingCharacters(in: .whitespaces)
      anchors.insert(anchor(heading))
    }
    return anchors
  }
}
