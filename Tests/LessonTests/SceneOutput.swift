import CourseKit

/// The lines chapter `chapter` prints in a simulated run, by scene title.
func sceneOutputs(_ chapter: Chapter) throws -> [String: [String]] {
  let console = Console.recording()
  try chapter.run(mode: .simulated, console: console)
  var scenes: [String: [String]] = [:]
  var current: String?
  for line in console.lines {
    if line.hasPrefix("--- "), line.hasSuffix(" ---") {
      let title = line.dropFirst(4).dropLast(4)
      current = String(title.drop { $0 != " " }.dropFirst())
      scenes[current!] = []
    } else if let current, !line.isEmpty {
      scenes[current]?.append(line)
    }
  }
  return scenes
}

extension Array where Element == String {
  /// The index of the first line containing `text`.
  func index(of text: String) -> Int? {
    firstIndex { $0.contains(text) }
  }
}
