import Foundation

/// The command line of every lesson program: `--simulated`, `--live` (for a
/// chapter that has a live mode), `--help`, and a clear error for anything
/// else.
///
/// A chapter's `main.swift` is one line:
///
/// ```swift
/// LessonRunner.main(chapter)
/// ```
public enum LessonRunner {
  /// Runs `chapter` as the command line asks and exits the process: 0 when
  /// it ran, 1 when it failed, 2 for a bad argument.
  public static func main(_ chapter: Chapter) -> Never {
    let status = run(
      chapter,
      arguments: CommandLine.arguments,
      output: .standard(),
      errors: .standardError()
    )
    exit(status)
  }

  /// Runs `chapter` for `arguments` (the program's name first) and returns
  /// the exit status.
  static func run(
    _ chapter: Chapter,
    arguments: [String],
    output: Console,
    errors: Console
  ) -> Int32 {
    let program =
      arguments.first.map { URL(fileURLWithPath: $0) }?
      .lastPathComponent ?? "lesson"
    var mode = EventLoop.Mode.realTime
    var live = false
    for argument in arguments.dropFirst() {
      switch argument {
      case "--simulated":
        mode = .simulated
      case "--live" where chapter.live != nil:
        live = true
      case "--live":
        errors.print(
          "error: chapter \(chapter.number) (\(chapter.title)) has no live mode"
        )
        return 2
      case "-h", "--help":
        output.print(usage(chapter, program: program))
        return 0
      default:
        errors.print("error: unknown argument '\(argument)'")
        errors.print()
        errors.print(usage(chapter, program: program))
        return 2
      }
    }
    if live && mode == .simulated {
      errors.print(
        "error: --live and --simulated do not go together: the live mode "
          + "talks to a real server, in real time")
      return 2
    }
    do {
      if live, let program = chapter.live {
        try chapter.runLive(program, console: output)
      } else {
        try chapter.run(mode: mode, console: output)
      }
      return 0
    } catch {
      errors.print("error: \(error)")
      return 1
    }
  }

  static func usage(_ chapter: Chapter, program: String) -> String {
    let live =
      chapter.live == nil
      ? ""
      : """

        --live       Run against a real server on this machine, over
                     real sockets, until you press Ctrl-C.
      """
    return """
      Usage: \(program) [\(chapter.live == nil ? "" : "--live | ")--simulated]

      Runs the program of chapter \(chapter.number) (\(chapter.title)) \
      in real time.

      Options:
        --simulated  Run in simulated time: instantly, and with the same
                     output every run.\(live)
        -h, --help   Show this help.
      """
  }
}
