import CourseKit
import Testing

private let demo = Chapter(
  7,
  "Demo",
  scenes: [
    .callbacks("Lost work") { stage in
      stage.loop.callLater(after: .seconds(2)) { stage.console.log("late") }
      stage.loop.callLater(after: .seconds(1)) {
        stage.console.log("stopping")
        stage.loop.stop()
      }
    },
    .task("A task") { stage in
      try await stage.clock.sleep(for: .milliseconds(500))
      stage.console.log("done")
    },
  ])

@Suite("Lesson runner")
struct LessonRunnerTests {
  func run(_ arguments: [String]) -> (Int32, [String], [String]) {
    let output = Console.recording()
    let errors = Console.recording()
    let status = LessonRunner.run(
      demo,
      arguments: ["/path/to/Demo"] + arguments,
      output: output,
      errors: errors
    )
    return (status, output.lines, errors.lines)
  }

  @Test("--simulated runs every scene and reports unfinished work")
  func simulated() {
    let (status, output, errors) = run(["--simulated"])
    #expect(status == 0)
    #expect(errors.isEmpty)
    #expect(
      output == [
        "Chapter 7: Demo",
        "===============",
        "",
        "--- 1. Lost work ---",
        "[1.0s] stopping",
        "[1.0s] (the program ends: 1 scheduled callback never ran)",
        "",
        "--- 2. A task ---",
        "[0.5s] done",
      ])
  }

  @Test("--help prints usage and succeeds")
  func help() {
    let (status, output, _) = run(["--help"])
    #expect(status == 0)
    #expect(output.first == "Usage: Demo [--simulated]")
  }

  @Test("an unknown argument prints usage on stderr and exits 2")
  func unknownArgument() {
    let (status, output, errors) = run(["--fast"])
    #expect(status == 2)
    #expect(output.isEmpty)
    #expect(errors.first == "error: unknown argument '--fast'")
    #expect(errors.contains("Usage: Demo [--simulated]"))
  }

  @Test("a failing scene prints the error and exits 1")
  func failure() {
    let stuck = Chapter(
      8,
      "Stuck",
      scenes: [
        .task("Waits forever") { _ in
          await withUnsafeContinuation { (_: UnsafeContinuation<Void, Never>) in
          }
        }
      ])
    let errors = Console.recording()
    let status = LessonRunner.run(
      stuck,
      arguments: ["Stuck", "--simulated"],
      output: .recording(),
      errors: errors
    )
    #expect(status == 1)
    #expect(errors.lines.first?.hasPrefix("error: deadlock: at [0.0s]") == true)
  }
}
