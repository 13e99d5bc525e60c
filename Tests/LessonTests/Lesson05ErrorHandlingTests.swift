import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson05ErrorHandling

@Suite("Chapter 5: error handling")
struct Lesson05ErrorHandlingTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  private func lines(_ title: String) throws -> [String] {
    try #require(scenes[title], "no scene '\(title)'")
  }

  @Test("async let: the error comes where you await it")
  func errorsWhereAwaited() throws {
    #expect(
      try lines("Awaiting the slow request first").first?.hasPrefix(
        "[1.0s] report first: server error") == true)
    #expect(
      try lines("Awaiting the failing request first").first?.hasPrefix(
        "[0.3s] quote first: server error") == true)
  }

  @Test(
    "return_exceptions: results in the order asked, cancellation as a failure")
  func results() throws {
    #expect(
      try lines("return_exceptions=True: a Result for each") == [
        "[1.0s] Success: success", "[1.0s] Error: Operation fail failed",
        "[1.0s] Success: success",
      ])
    #expect(
      try lines("A round of Results, cancelled") == [
        "[0.5s] Error: CancellationError()",
        "[0.5s] Error: Operation fail failed",
        "[0.5s] Error: CancellationError()",
      ])
  }

  @Test("throwing groups: fail fast when asked, else wait, or drop the error")
  func taskGroups() throws {
    let quoteError = "server error from https://api.example.com/quote"
    for (title, time) in [
      ("A group asked for its results", "0.3"),
      ("A group that waits for all", "1.0"),
      ("A discarding group", "0.3"),
      ("A child that ignores cancellation", "1.0"),
      ("Two errors, one thrown", "0.6"),
    ] {
      #expect(
        try lines(title).first == "[\(time)s] the group threw \(quoteError)",
        "\(title)")
    }
    #expect(
      try lines("A group never asked").first
        == "[1.0s] the group returned Data from https://api.example.com/report")
    #expect(
      try lines("A group asked for its results").contains {
        $0.hasPrefix("GET /report |×") && $0.hasSuffix("0.0s–0.3s")
      }, "the report is cancelled at 0.3 s")
  }

  @Test("checking for cancellation stops before the next upload")
  func checking() throws {
    #expect(
      try lines("Cancelled, and nobody checks").contains(
        "[2.0s] the task finished"))
    let checked = try lines("Cancelled, and checked before each step")
    #expect(checked.contains("[1.0s] the task threw CancellationError()"))
    #expect(!checked.contains { $0.contains("uploaded c.jpg") })
  }

  @Test("back in a cancelled task: onCancel first, the sleep throws at once")
  func alreadyCancelled() throws {
    #expect(
      try lines("Back in a cancelled task") == [
        "[1.0s] back from the report; cancelled: true",
        "[1.0s] onCancel runs", "[1.0s] the operation runs",
        "[1.0s] a 5 s sleep threw CancellationError()",
      ])
  }

  @Test("an inner task runs on, unless cancellation is forwarded")
  func innerTask() throws {
    #expect(
      try lines("A task inside a cancelled task").first?.hasPrefix(
        "[1.0s] outer returned") == true)
    #expect(
      try lines("Cancellation forwarded to a task").first
        == "[0.3s] outer threw CancellationError()")
  }

  @Test("try? makes the polling loop a hot loop; try stops it")
  func polling() throws {
    let hot = try lines("try? in a polling loop")
    #expect(
      hot.filter { $0.hasPrefix("[2.5s] is the export ready?") }.count == 3)
    let fixed = try lines("try in a polling loop")
    #expect(fixed.last == "[2.5s] the task threw CancellationError()")
    #expect(!fixed.contains { $0.contains("check 4") })
  }

  @Test("a catch-all swallows cancellation; catching it apart does not")
  func swallowed() throws {
    #expect(
      try lines("A catch-all that swallows cancellation").contains(
        "[0.7s] returned 1 of 4 pages"))
    #expect(
      try lines("A catch that lets cancellation through").contains(
        "[0.7s] the task threw CancellationError()"))
  }

  @Test("timeouts: at the limit if the operation cooperates, late if not")
  func timeouts() throws {
    #expect(
      try lines("A timeout").first
        == "[1.0s] https://api.example.com/report: timed out after 1.0 s")
    #expect(
      try lines("A timeout the operation ignores").first
        == "[2.0s] the call threw timed out after 1.0 s")
    #expect(
      try lines("A timeout for each call").contains(
        "[2.4s] got Data from https://api.example.com/c"))
    #expect(
      try lines("One deadline for the round").contains(
        "[2.0s] https://api.example.com/c: timed out after 0.4 s"))
  }

  @Test("retry: four attempts on the backoff's schedule; cancelled, none more")
  func retry() throws {
    #expect(
      try lines("Retry with backoff").prefix(5) == [
        "[0.0s] attempt 1", "[0.4s] attempt 2", "[0.9s] attempt 3",
        "[2.6s] attempt 4",
        "[2.7s] got Data from https://api.example.com/quote",
      ])
    let cancelled = try lines("A retry, cancelled")
    #expect(cancelled.contains("[0.5s] the task threw CancellationError()"))
    #expect(!cancelled.contains { $0.contains("attempt 3") })
  }

  @Test("typed throws: the catch switches over QuoteError")
  func typedThrows() throws {
    #expect(
      try lines("Typed throws") == [
        "[0.2s] AAPL: 231", "[0.4s] no such symbol: ZZZZ",
      ])
  }
}
