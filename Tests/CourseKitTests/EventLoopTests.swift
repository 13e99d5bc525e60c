import CourseTestSupport
import Testing

@testable import CourseKit

@Suite("Event loop: callbacks")
struct EventLoopTests {
  @Test("callSoon runs after the current code, in the order scheduled")
  func callSoonOrder() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callSoon {
      log.record("first callback starts")
      loop.callSoon { log.record("scheduled from inside") }
      log.record("first callback ends")
    }
    loop.callSoon { log.record("second") }
    log.record("before run")
    try loop.run()
    #expect(
      log.all == [
        "before run", "first callback starts", "first callback ends",
        "second", "scheduled from inside",
      ])
  }

  @Test("equal deadlines fire in registration order")
  func equalDeadlines() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    for name in ["a", "b", "c", "d"] {
      loop.callLater(after: .seconds(2)) { log.record(loop.at(name)) }
    }
    loop.callLater(after: .seconds(1)) { log.record(loop.at("early")) }
    try loop.run()
    #expect(log.all == ["early@1.0", "a@2.0", "b@2.0", "c@2.0", "d@2.0"])
  }

  @Test("simulated time jumps to the next timer")
  func simulatedJump() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .seconds(3600)) { log.record(loop.at("an hour")) }
    loop.callLater(after: .milliseconds(250)) { log.record(loop.at("quarter")) }
    try loop.run()
    #expect(log.all == ["quarter@0.3", "an hour@3600.0"])
    #expect(loop.now == .seconds(3600))
  }

  @Test("a due timer runs after callbacks already ready")
  func readyBeforeTimers() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .zero) { log.record("later(0)") }
    loop.callSoon { log.record("soon") }
    try loop.run()
    #expect(log.all == ["soon", "later(0)"])
  }

  @Test("a cancelled timer never fires, and time does not wait for it")
  func cancelTimer() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    let timer = loop.callLater(after: .seconds(5)) { log.record("fired") }
    loop.callLater(after: .seconds(1)) { timer.cancel() }
    try loop.run()
    #expect(log.all.isEmpty)
    #expect(loop.now == .seconds(1))
    #expect(loop.unfinishedWork.isEmpty)
  }

  @Test("stop() leaves scheduled work unfinished")
  func stop() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .seconds(2)) { log.record("never") }
    loop.callLater(after: .seconds(1)) {
      loop.stop()
      loop.callSoon { log.record("never either") }
    }
    try loop.run()
    #expect(log.all.isEmpty)
    #expect(loop.unfinishedWork.callbacks == 2)
    #expect(loop.now == .seconds(1))
  }

  @Test("blockThread holds up every timer due meanwhile")
  func blockThread() throws {
    let loop = EventLoop(mode: .simulated)
    let log = Recorder<String>()
    loop.callLater(after: .milliseconds(500)) {
      log.record(loop.at("due at 0.5"))
    }
    loop.callSoon { loop.blockThread(for: .seconds(2)) }
    try loop.run()
    #expect(log.all == ["due at 0.5@2.0"])
  }

  @Test("real-time mode runs ready work in the same order")
  func realTimeOrder() throws {
    let loop = EventLoop(mode: .realTime)
    let log = Recorder<String>()
    loop.callLater(after: .zero) { log.record("later(0)") }
    loop.callSoon { log.record("soon") }
    try loop.run()
    #expect(log.all == ["soon", "later(0)"])
  }
}
