import Testing

@testable import CourseKit

@Suite("Timeline")
struct TimelineTests {
  @Test("a sequential pair draws one after the other, with an axis")
  func sequential() throws {
    let loop = EventLoop(mode: .simulated)
    let timeline = Timeline(clock: loop.clock)
    let first = timeline.begin("fetch url1")
    loop.callLater(after: .seconds(2)) {
      first.end()
      let second = timeline.begin("fetch url2")
      loop.callLater(after: .seconds(2)) { second.end() }
    }
    try loop.run()
    #expect(
      timeline.chart(width: 20) == [
        "fetch url1 |██████████          | 0.0s–2.0s",
        "fetch url2 |          ██████████| 2.0s–4.0s",
        "           0.0s              4.0s",
      ])
  }

  @Test("waiting is drawn lighter, failure as ×; measure() records async work")
  func waitingAndMeasure() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let timeline = Timeline(clock: loop.clock)
    try loop.run {
      let wait = timeline.begin("b", .waiting)
      try await timeline.measure("a") {
        try await clock.sleep(for: .seconds(1))
      }
      wait.end()
      try await timeline.measure("b") {
        try await clock.sleep(for: .seconds(1))
      }
      let failing = timeline.begin("c")
      try await clock.sleep(for: .seconds(1))
      failing.fail()
    }
    #expect(
      timeline.chart(width: 9) == [
        "b |░░░███   | 0.0s–2.0s",
        "a |███      | 0.0s–1.0s",
        "c |      ×××| 2.0s–3.0s",
        "  0.0s   3.0s",
      ])
  }
}

@Suite("Timeline: lane order")
struct TimelineLaneOrderTests {
  @Test("startThenName sorts lanes by start, then name, whatever the order")
  func startThenName() throws {
    let loop = EventLoop(mode: .simulated)
    let timeline = Timeline(clock: loop.clock, laneOrder: .startThenName)
    for name in ["c", "a", "b"] {
      let span = timeline.begin(name)
      loop.callLater(after: .seconds(1)) { span.end() }
    }
    loop.callLater(after: .seconds(1)) {
      let late = timeline.begin("0-late")
      loop.callLater(after: .seconds(1)) { late.end() }
    }
    try loop.run()
    #expect(
      timeline.chart(width: 4).map { String($0.prefix(6)) } == [
        "a     ", "b     ", "c     ", "0-late", "      ",
      ])
  }
}
