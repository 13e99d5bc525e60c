import Foundation

/// `make hint-N.M`: one more of the exercise's hints each time you ask: a
/// nudge, then the API, then the shape of the answer.
enum HintCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.count == 1 else {
      throw CourseError.usage("name one exercise: make hint-1.2")
    }
    let exercise = try ExerciseInfo.find(arguments[0], in: repository)
    let hints = Hints.parse(try repository.read(exercise.hintFile))
    guard !hints.isEmpty else {
      throw CourseError.failed("\(exercise.hintFile) has no hints")
    }
    var seen = LearnerState.hintsSeen(repository)
    let shown = min((seen[exercise.id] ?? 0) + 1, hints.count)
    seen[exercise.id] = shown
    try LearnerState.saveHintsSeen(seen, repository)

    say("Exercise \(exercise.label): hint \(shown) of \(hints.count)")
    for (number, hint) in hints.prefix(shown).enumerated() {
      say()
      say("\(number + 1). \(hint.title)")
      say()
      for line in hint.text { say("   " + line) }
    }
    say()
    if shown < hints.count {
      say("Ask again for the next hint: make hint-\(exercise.id)")
    } else {
      say("That was the last hint. The lesson: \(exercise.section)")
      say(
        "Once your code passes, make solution-\(exercise.id) shows the "
          + "reference solution.")
    }
    return 0
  }
}

/// An exercise's hints file: `## 1. A nudge`, `## 2. The API`, …
enum Hints {
  struct Hint: Equatable {
    let title: String
    let text: [String]
  }

  static func parse(_ markdown: String) -> [Hint] {
    var hints: [Hint] = []
    var title: String?
    var text: [String] = []
    func finish() {
      guard let title else { return }
      while text.last?.isEmpty == true { text.removeLast() }
      while text.first?.isEmpty == true { text.removeFirst() }
      hints.append(Hint(title: title, text: text))
    }
    var inCode = false  // a "## " line in a code block is not a heading
    for line in markdown.split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      if line.hasPrefix("```") { inCode.toggle() }
      if line.hasPrefix("## ") && !inCode {
        finish()
        // "## 2. The API" is titled "The API".
        let heading = line.dropFirst(3)
        title = String(
          heading.drop { $0.isNumber || $0 == "." || $0 == " " })
        text = []
      } else if title != nil {
        text.append(String(line))
      }
    }
    finish()
    return hints
  }
}

/// What the course remembers for you, in `.course/` (not in git): which
/// hints you have seen, and backups of files you reset.
enum LearnerState {
  static let folder = ".course"

  static func hintsSeen(_ repository: Repository) -> [String: Int] {
    guard let text = try? repository.read("\(folder)/hints.json"),
      let seen = try? JSONDecoder().decode(
        [String: Int].self, from: Data(text.utf8))
    else { return [:] }
    return seen
  }

  static func saveHintsSeen(_ seen: [String: Int], _ repository: Repository)
    throws
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let data = try encoder.encode(seen)
    try repository.write(
      String(decoding: data, as: UTF8.self) + "\n", to: "\(folder)/hints.json")
  }
}
