import Testing

@testable import CourseKit

@Suite("Console")
struct ConsoleTests {
  @Test(
    "stamps round to a tenth of a second",
    arguments: [
      (Duration.zero, "[0.0s]"),
      (.milliseconds(49), "[0.0s]"),
      (.milliseconds(50), "[0.1s]"),
      (.microseconds(2_000_400), "[2.0s]"),
      (.milliseconds(1_960), "[2.0s]"),
      (.seconds(125), "[125.0s]"),
    ])
  func stamp(elapsed: Duration, expected: String) {
    #expect(Console.stamp(elapsed) == expected)
  }

  @Test("a recording console keeps lines, stamped on the clock it was given")
  func recording() throws {
    let loop = EventLoop(mode: .simulated)
    let console = Console.recording()
    console.startClock(loop.clock)
    console.print("title")
    loop.callLater(after: .milliseconds(1500)) { console.log("later") }
    console.log("now")
    try loop.run()
    #expect(console.lines == ["title", "[0.0s] now", "[1.5s] later"])
  }
}
