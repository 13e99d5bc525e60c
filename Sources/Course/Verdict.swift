/// What the course says about one exercise: solved or not, and why.
struct Verdict {
  enum Status: Equatable {
    case solved
    case notYetImplemented
    case failing
    case didNotFinish
    case crashed
    case doesNotCompile
    case notChecked
    case silencesChecks
  }

  let exercise: ExerciseInfo
  var status: Status
  /// The one thing to know, on the verdict line itself: a crash's fatal
  /// error.
  var headline: String? = nil
  /// What to print about it, after every exercise's verdict line.
  var details: [String] = []

  var isSolved: Bool { status == .solved }

  /// The verdict line: `✘ 4.3 A concurrent map with a limit: crashed`.
  var line: String {
    let mark = isSolved ? "✔" : "✘"
    let why: String
    switch status {
    case .solved: why = ""
    case .notYetImplemented: why = ": not yet implemented"
    case .failing: why = ": not solved yet"
    case .didNotFinish: why = ": did not finish"
    case .crashed: why = ": crashed"
    case .doesNotCompile: why = ": does not compile"
    case .notChecked: why = ": not checked"
    case .silencesChecks: why = ": silences Swift's data-race checks"
    }
    return "\(mark) \(exercise.label)\(why)"
      + (headline.map { ": \($0)" } ?? "")
  }

  /// The verdict line and its details, indented under it.
  var report: [String] { [line] + indentedDetails }

  private var indentedDetails: [String] {
    details.map { $0.isEmpty ? "" : "    " + $0 }
  }

  /// Every verdict line, so that each exercise's comes early, then the
  /// details of those not solved.
  static func report(_ verdicts: [Verdict]) -> [String] {
    var lines = verdicts.map(\.line)
    for verdict in verdicts where !verdict.details.isEmpty {
      lines += ["", "\(verdict.exercise.label):"] + verdict.indentedDetails
    }
    return lines
  }
}
