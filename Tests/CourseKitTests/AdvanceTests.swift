import CourseTestSupport
import Testing

@testable import CourseKit

@Suite("Event loop: advancing simulated time step by step")
struct AdvanceTests {
  @Test("advance(by:) runs what is due, and nothing later")
  func advanceBy() throws {
    let loop = EventLoop(mode: .simulated)
    let fired = Recorder<Duration>()
    loop.callLater(after: .seconds(1)) { fired.record(loop.now) }
    try loop.advance(by: .milliseconds(900))
    #expect(fired.all.isEmpty, "nothing is due yet at 0.9 s")
    #expect(loop.now == .milliseconds(900))
    try loop.advance(by: .milliseconds(100))
    #expect(fired.all == [.seconds(1)])
    #expect(loop.now == .seconds(1))
  }

  @Test("work due in between runs in order, each at its own time")
  func inBetween() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .milliseconds(1500)) { log.record(loop.at("b")) }
    loop.callLater(after: .milliseconds(500)) {
      log.record(loop.at("a"))
      loop.callSoon { log.record(loop.at("soon after a")) }
    }
    loop.callLater(after: .seconds(3)) { log.record(loop.at("c")) }
    try loop.advance(to: .seconds(2))
    #expect(log.all == ["a@0.5", "soon after a@0.5", "b@1.5"])
    #expect(loop.now == .seconds(2))
    #expect(loop.unfinishedWork.callbacks == 1, "c is still scheduled")
    try loop.run()
    #expect(log.all.last == "c@3.0")
  }

  @Test("a task on the loop sleeps until time is advanced past its deadline")
  func sleepingTask() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    Task(executorPreference: loop) {
      log.record(loop.at("asleep"))
      try await loop.clock.sleep(for: .seconds(1))
      log.record(loop.at("awake"))
    }
    try loop.advance(by: .zero)
    #expect(log.all == ["asleep@0.0"], "advancing by zero runs what is ready")
    try loop.advance(to: .milliseconds(999))
    #expect(log.all == ["asleep@0.0"])
    try loop.advance(to: .seconds(1))
    #expect(log.all == ["asleep@0.0", "awake@1.0"])
    #expect(loop.unfinishedWork.isEmpty)
  }

  @Test("deadlines and the instant advanced to round up to nanoseconds")
  func nanoseconds() throws {
    let loop = EventLoop(mode: .simulated)
    let third = Duration.seconds(1) / 3  // 333,333,333.33… ns
    let fired = Recorder<Duration>()
    loop.callLater(after: third) { fired.record(loop.now) }
    try loop.advance(to: .nanoseconds(333_333_333))
    #expect(fired.all.isEmpty, "due at 333,333,333.33… ns: not yet")
    try loop.advance(to: third)
    #expect(fired.all == [.nanoseconds(333_333_334)])
  }

  @Test("time never goes back")
  func neverBack() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    try loop.advance(to: .seconds(2))
    loop.callSoon { log.record(loop.at("ready")) }
    try loop.advance(to: .seconds(1))
    #expect(log.all == ["ready@2.0"])
    #expect(loop.now == .seconds(2))
  }

  @Test("stop() ends an advance at the time of the code that called it")
  func stop() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .seconds(1)) { loop.stop() }
    loop.callLater(after: .seconds(2)) { log.record(loop.at("later")) }
    try loop.advance(to: .seconds(3))
    #expect(log.all.isEmpty)
    #expect(loop.now == .seconds(1))
    try loop.advance(to: .seconds(3))
    #expect(log.all == ["later@2.0"])
  }

  @Test("advancing from code the loop is running fails, as run() does")
  func fromInside() throws {
    let loop = EventLoop(mode: .simulated)
    let errors = Recorder<LoopError>()
    loop.callSoon {
      do throws(LoopError) {
        try loop.advance(by: .seconds(1))
      } catch { errors.record(error) }
    }
    try loop.advance(by: .zero)
    #expect(errors.all == [.alreadyRunning])
  }
}
