import Foundation

/// `make bench`'s command line.
struct Options: Sendable {
  var warmUp = 1
  var repeats = 5
  /// The Python to compare with; `--swift-only` clears it.
  var python: String? = "python3"
  /// Only these rows, when set: `--only spawn,await`.
  var only: Set<String>?

  static let usage = """
    Usage: make bench [BENCH_FLAGS="OPTIONS"]
           .build/release/Bench [OPTIONS]

    Runs each workload in Swift and in Python's asyncio (and uvloop, when it
    is installed), and prints one table: the median of the repeats, their
    spread, and how many times longer asyncio took. It reports; it never
    asserts. The raw samples go to .build/bench/ as JSON.

    Options:
      --repeats N    Timed runs of each workload (default 5).
      --warm-up N    Untimed runs before them (default 1).
      --only IDS     Only these rows, by id, comma-separated (see below).
      --python PATH  The Python to compare with (default python3).
      --swift-only   Measure Swift alone.
      -h, --help     Show this help.

    Row ids:
    \(wrapped(Row.all.map(\.id).joined(separator: ", "), indent: "  "))
    """

  /// The options in `arguments` (the program's name first); nil for
  /// `--help`.
  static func parse(_ arguments: [String]) throws(OptionError) -> Options? {
    var options = Options()
    var rest = arguments.dropFirst()[...]
    func value(of flag: String) throws(OptionError) -> String {
      guard let value = rest.popFirst() else {
        throw OptionError("\(flag) needs a value")
      }
      return value
    }
    func count(_ flag: String, least: Int) throws(OptionError) -> Int {
      guard let count = Int(try value(of: flag)), count >= least else {
        throw OptionError("\(flag) takes a whole number from \(least)")
      }
      return count
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "-h", "--help":
        return nil
      case "--repeats":
        options.repeats = try count(argument, least: 1)
      case "--warm-up":
        options.warmUp = try count(argument, least: 0)
      case "--python":
        options.python = try value(of: argument)
      case "--swift-only":
        options.python = nil
      case "--only":
        let ids = Set(
          try value(of: argument).split(separator: ",").map(String.init))
        let unknown = ids.subtracting(Row.all.map(\.id))
        guard unknown.isEmpty else {
          throw OptionError("--only: no row is called \(unknown.sorted())")
        }
        options.only = ids
      default:
        throw OptionError("unknown argument '\(argument)'")
      }
    }
    return options
  }

  /// Whether the row `id` is measured in this run.
  func includes(_ id: String) -> Bool { only?.contains(id) ?? true }
}

/// What is wrong with the command line.
struct OptionError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// `text` in lines of at most 76 columns, each starting with `indent`.
func wrapped(_ text: String, indent: String) -> String {
  var lines: [String] = []
  var line = indent
  for word in text.split(separator: " ") {
    if line.count + word.count + 1 > 76 && line != indent {
      lines.append(line)
      line = indent
    }
    line += (line == indent ? "" : " ") + word
  }
  lines.append(line)
  return lines.joined(separator: "\n")
}
