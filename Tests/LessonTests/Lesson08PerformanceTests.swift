import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson08Performance

@Suite("Chapter 8: performance")
struct Lesson08PerformanceTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  private func scene(_ title: String) throws -> [String] {
    try #require(scenes[title], "no scene '\(title)'")
  }

  @Test("waits add up one after another, and overlap all at once")
  func inTurnOrAtOnce() throws {
    #expect(
      try scene("One after another, or all at once") == [
        "requests   one after another   all at once",
        "       1               50 ms         50 ms",
        "      10              500 ms         50 ms",
        "     100                 5 s         50 ms",
        "   1,000                50 s         50 ms",
        "  10,000               500 s         50 ms",
      ])
  }

  @Test("a server's limit and a rate limit set the pace, not the client")
  func whereItStops() throws {
    #expect(
      try scene("Where concurrency stops helping") == [
        "requests  no limit  10 at a time  100 a second",
        "       1     50 ms         50 ms         50 ms",
        "      10     50 ms         50 ms        140 ms",
        "     100     50 ms        500 ms        1.04 s",
        "   1,000     50 ms           5 s       10.04 s",
        "  10,000     50 ms          50 s      100.04 s",
      ])
  }

  @Test("batches wait for their slowest request; a window does not")
  func batchesAndWindow() throws {
    #expect(
      try scene("In batches of three").first
        == "[0.9s] 8 requests in batches of 3: 0.9 s")
    #expect(
      try scene("A sliding window of three").first
        == "[0.6s] 8 requests, a window of 3: 0.6 s")
    // Request 4 starts when request 2 ends, not when the first three do.
    #expect(
      try scene("A sliding window of three").contains {
        $0.hasPrefix("request 4 ") && $0.hasSuffix("| 0.1s–0.2s")
      })
  }

  @Test("on one thread, computations run one after another")
  func cpuBound() throws {
    let lines = try scene("CPU-bound work on one thread")
    #expect(lines.first == "[0.8s] 4 computations of 0.2 s, all at once: 0.8 s")
    #expect(
      lines.contains {
        $0.hasPrefix("compute 4 ") && $0.hasSuffix("| 0.6s–0.8s")
      })
  }

  @Test("a blocking call makes the heartbeat's ticks late, in a burst")
  func blockingCall() throws {
    let logged = try scene("A blocking call starves the others")
      .filter { $0.hasPrefix("[") }
    #expect(
      logged == [
        "[0.1s] tick 1",
        "[0.2s] tick 2",
        "[0.2s] a blocking call for 0.48 s",
        "[0.7s] tick 3, 0.4 s late",
        "[0.7s] tick 4, 0.3 s late",
        "[0.7s] tick 5, 0.2 s late",
        "[0.7s] tick 6, 0.1 s late",
        "[0.7s] tick 7",
        "[0.8s] tick 8",
        "[0.9s] tick 9",
        "[1.0s] tick 10",
      ])
  }
}
