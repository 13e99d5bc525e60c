import Foundation

/// `make lesson-N`: builds chapter N's program and runs it, in real time or,
/// with `--simulated`, instantly; with `--live`, against a real server (the
/// program says whether its chapter has a live mode).
enum LessonCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    let chapter = try ChapterArgument.parse(arguments.first, for: "lesson")
    let options = Array(arguments.dropFirst())
    for option in options where !["--simulated", "--live"].contains(option) {
      throw CourseError.usage(
        "unknown option '\(option)'; the options are --simulated "
          + "(make lesson-\(chapter.number) SIMULATED=1) and --live "
          + "(make lesson-\(chapter.number) LIVE=1)")
    }
    let build = try Subprocess.run(
      ["swift", "build", "-q", "--product", chapter.target])
    guard build == .exited(0) else {
      throw CourseError.failed(
        "chapter \(chapter.number)'s program did not build (see above)")
    }
    // The program takes this process's place, so Ctrl-C reaches it.
    let program = repository.url(".build/debug/\(chapter.target)").path
    let argv = ([program] + options).map { strdup($0) } + [nil]
    execv(program, argv)
    throw CourseError.failed("cannot run \(program)")
  }
}
