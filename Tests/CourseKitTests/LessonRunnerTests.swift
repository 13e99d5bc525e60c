import CourseTestSupport
import Foundation
import Testing

@testable import CourseKit

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
    .onLoop("A task") { stage in
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
        .onLoop("Waits forever") { _ in
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

@Suite("Lesson runner: scenes on Swift's runtime")
struct RuntimeSceneTests {
  private let chapter = Chapter(
    9,
    "Runtime",
    scenes: [
      .onSwiftRuntime("Where it runs") { stage in
        let onLoop = stage.clock is LoopClock
        stage.console.log(
          onLoop ? "on the course's loop" : "on Swift's runtime")
        let task = Task(executorPreference: stage.executor) { 21 * 2 }
        stage.console.log("task value \(await task.value)")
      }
    ])

  @Test("in simulated time, an onSwiftRuntime scene runs on the loop")
  func simulated() throws {
    let console = Console.recording()
    try chapter.run(mode: .simulated, console: console)
    #expect(
      console.lines.suffix(2) == [
        "[0.0s] on the course's loop", "[0.0s] task value 42",
      ])
  }

  // No sleeping: the scene takes no time, but it does run on Swift's pool.
  @Test("in real time, an onSwiftRuntime scene runs on Swift's runtime")
  func realTime() async throws {
    let console = Console.recording()
    try await onOwnThread { [chapter] in
      try chapter.run(mode: .realTime, console: console)
    }
    // Only the messages: in real time, the stamps depend on the machine.
    let messages = console.lines.suffix(2).map { $0.drop { $0 != " " } }
    #expect(messages == [" on Swift's runtime", " task value 42"])
  }

  @Test("in real time, an onSwiftRuntime scene's error reaches the runner")
  func realTimeError() async {
    struct Boom: Error {}
    let failing = Chapter(
      9,
      "Failing",
      scenes: [.onSwiftRuntime("Throws") { _ in throw Boom() }])
    await #expect(throws: Boom.self) {
      try await onOwnThread {
        try failing.run(mode: .realTime, console: .recording())
      }
    }
  }
}

@Suite("Lesson runner: scenes in simulated time")
struct SimulatedSceneTests {
  // An hour of waiting: in real time it would be an hour; in simulated time
  // it is a moment, and the log says an hour went by.
  private let chapter = Chapter(
    9,
    "Always simulated",
    scenes: [
      .inSimulatedTime("An hour") { stage in
        stage.console.log("simulated: \(stage.loop.mode == .simulated)")
        try await stage.clock.sleep(for: .seconds(3600))
        stage.console.log("an hour later")
      }
    ])

  @Test(
    "an inSimulatedTime scene runs in simulated time, in either mode",
    arguments: [EventLoop.Mode.simulated, .realTime])
  func alwaysSimulated(mode: EventLoop.Mode) async throws {
    let console = Console.recording()
    try await onOwnThread { [chapter] in
      try chapter.run(mode: mode, console: console)
    }
    #expect(
      console.lines.suffix(2) == [
        "[0.0s] simulated: true", "[3600.0s] an hour later",
      ])
  }
}

/// A chapter with a live program that says hello.
private let live = Chapter(
  9, "Live", scenes: [],
  live: { console in console.log("hello from the live program") })

@Suite("Lesson runner, live mode")
struct LessonRunnerLiveTests {
  func run(_ chapter: Chapter, _ arguments: [String]) -> (
    Int32, [String], [String]
  ) {
    let output = Console.recording()
    let errors = Console.recording()
    let status = LessonRunner.run(
      chapter, arguments: ["/path/to/Live"] + arguments, output: output,
      errors: errors)
    return (status, output.lines, errors.lines)
  }

  @Test("--live runs the chapter's live program instead of its scenes")
  func runsTheLiveProgram() async throws {
    // The live program runs on Swift's pool while the runner's thread
    // waits for it, so the runner gets a thread of its own, as a program's
    // main thread is, and the test awaits it without blocking the pool.
    let (status, output, errors) = try await onOwnThread {
      run(live, ["--live"])
    }
    #expect(status == 0)
    #expect(errors.isEmpty)
    #expect(
      output.prefix(3) == [
        "Chapter 9: Live (live)", "======================", "",
      ])
    #expect(
      output.count == 4
        && output[3].hasSuffix("] hello from the live program"))
  }

  @Test("--help lists --live only for a chapter that has one")
  func help() {
    #expect(
      run(live, ["--help"]).1.first == "Usage: Live [--live | --simulated]")
    #expect(run(demo, ["--help"]).1.first == "Usage: Live [--simulated]")
  }

  @Test("--live with --simulated, or for a chapter without one, exits 2")
  func refused() {
    let (both, _, bothErrors) = run(live, ["--live", "--simulated"])
    #expect(both == 2)
    #expect(bothErrors.first?.contains("do not go together") == true)
    let (none, _, noneErrors) = run(demo, ["--live"])
    #expect(none == 2)
    #expect(noneErrors.first == "error: chapter 7 (Demo) has no live mode")
  }
}
