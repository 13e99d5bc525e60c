import Testing

@testable import Course

@Suite("The course's small formats")
struct FormatsTests {
  @Test("compiler errors are found, and named by the learner's paths")
  func compilerErrors() {
    let output = """
      [3/7] Compiling Exercises Lesson01Callbacks.swift
      /r/.build/learner/workspace/Exercises/Lesson01Callbacks.swift:12:5: error: cannot find 'x' in scope
      10 | func f() {
         |     `- error: cannot find 'x' in scope
      /r/.build/learner/workspace/ExerciseTests/Lesson01CallbacksTests.swift:21:7: error: cannot find 'remind' in scope
      /r/.build/learner/workspace/Exercises/Lesson01Callbacks.swift:12:5: error: cannot find 'x' in scope
      /r/.build/learner/workspace/Exercises/Lesson01Callbacks.swift:14:1: warning: unused
      """
    let errors = CompilerError.all(
      in: output, workspace: "/r/.build/learner/workspace")
    #expect(
      errors.map(\.description) == [
        "Sources/Exercises/Lesson01Callbacks.swift:12: error: cannot find 'x' in scope",
        "Tests/ExerciseTests/Lesson01CallbacksTests.swift:21: error: cannot find 'remind' in scope",
      ])
    #expect(errors.map(\.isInTests) == [false, true])
    #expect(errors.allSatisfy { $0.chapter?.number == 1 })
  }

  @Test("hints are the file's level-2 sections, in order")
  func hints() {
    let hints = Hints.parse(
      """
      # Exercise 1.1: Call back later

      ## 1. A nudge

      Think.

      ## 2. The API

      ```python
      ## not a heading
      ```
      """)
    #expect(
      hints == [
        Hints.Hint(title: "A nudge", text: ["Think."]),
        Hints.Hint(
          title: "The API",
          text: ["```python", "## not a heading", "```"]),
      ])
  }

  @Test("a wrong solution's header names the exercise and the verdict")
  func wrongSolution() throws {
    let wrong = try WrongSolution(
      path: "w.swift",
      text: """
        // Exercise 4.3, wrong: waits for each batch to finish
        // before starting the next.
        // Rejected with: as soon as any one ends
        public func f() {}
        """)
    #expect(wrong.exercise == "4.3")
    #expect(
      wrong.mistake
        == "waits for each batch to finish before starting the next.")
    #expect(wrong.rejectedWith == "as soon as any one ends")
    #expect(wrong.code == "public func f() {}")
    #expect(throws: CourseError.self) {
      try WrongSolution(path: "w.swift", text: "public func f() {}")
    }
  }

  @Test("a crash's headline is the fatal line, not an earlier warning")
  func crashHeadline() {
    // What make verify's log held when a wrong 8.2 divided by zero, while
    // a 7.2 test in the same process leaked a continuation before it.
    let log = [
      "◇ Test \"Exercise 7.2: …\" started.",
      "SWIFT TASK CONTINUATION MISUSE: acquire() leaked its continuation "
        + "without resuming it.",
      "◇ Test \"Exercise 8.2: …\" started.",
      "Swift/IntegerTypes.swift:9012: Fatal error: Division by zero",
      "💣 Program crashed: System trap at 0x0000",
    ]
    #expect(
      CrashReport.headline(in: log)
        == "Swift/IntegerTypes.swift:9012: Fatal error: Division by zero")
    // A leak alone is still worth naming; so is a crash with no message.
    #expect(
      CrashReport.headline(in: Array(log[0...2]))?.contains("leaked") == true)
    #expect(
      CrashReport.headline(in: ["💣 Program crashed: Bad pointer"])
        == "💣 Program crashed: Bad pointer")
  }
}
