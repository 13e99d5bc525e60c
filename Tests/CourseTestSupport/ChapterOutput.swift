import CourseKit

/// The lines `chapter` prints in a simulated run.
///
/// Chapter 4 shows a warning that the Swift runtime writes to standard
/// error (a leaked continuation). The docs tests check that warning by
/// running the real program; here it would only clutter the test output,
/// so it is left out of standard error during the run.
public func simulatedOutput(of chapter: Chapter) throws -> [String] {
  let console = Console.recording()
  try withoutContinuationWarnings {
    try chapter.run(mode: .simulated, console: console)
  }
  return console.lines
}

/// The lines `chapter` prints in a simulated run, by scene title.
public func sceneOutputs(of chapter: Chapter) throws -> [String: [String]] {
  var scenes: [String: [String]] = [:]
  var current: String?
  for line in try simulatedOutput(of: chapter) {
    if line.hasPrefix("--- "), line.hasSuffix(" ---") {
      let title = line.dropFirst(4).dropLast(4)
      let name = String(title.drop { $0 != " " }.dropFirst())
      current = name
      scenes[name] = []
    } else if let current, !line.isEmpty {
      scenes[current]?.append(line)
    }
  }
  return scenes
}

extension Array where Element == String {
  /// The index of the first line containing `text`.
  public func index(of text: String) -> Int? {
    firstIndex { $0.contains(text) }
  }
}
