import CourseTestSupport
import Testing

@testable import CourseKit

@Suite("Event loop: tasks and sleepers")
struct LoopTaskTests {
  @Test("run(_:) returns main's result at main's time")
  func runReturns() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let value = try loop.run {
      try await clock.sleep(for: .seconds(2))
      return 42
    }
    #expect(value == 42)
    #expect(loop.now == .seconds(2))
  }

  @Test("run(_:) rethrows main's error")
  func runRethrows() {
    struct Boom: Error {}
    let loop = EventLoop(mode: .simulated)
    #expect(throws: Boom.self) {
      try loop.run { () async throws -> Int in throw Boom() }
    }
  }

  @Test("sleepers with equal deadlines wake in the order they slept")
  func sleeperOrder() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let log = Recorder<String>()
    try loop.run {
      await withTaskGroup(of: Void.self) { group in
        for name in ["a", "b", "c"] {
          group.addTask {
            try? await clock.sleep(for: .seconds(1))
            log.record(loop.at(name))
          }
        }
        group.addTask {
          try? await clock.sleep(for: .milliseconds(500))
          log.record(loop.at("half"))
        }
      }
    }
    #expect(log.all == ["half@0.5", "a@1.0", "b@1.0", "c@1.0"])
  }

  @Test("cancelling a sleeper wakes it at once with CancellationError")
  func cancelSleeper() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let log = Recorder<String>()
    try loop.run {
      let sleeper = Task(executorPreference: loop) {
        do {
          try await clock.sleep(for: .seconds(60))
          log.record(loop.at("woke normally"))
        } catch {
          log.record(loop.at("\(type(of: error))"))
        }
      }
      try await clock.sleep(for: .seconds(1))
      sleeper.cancel()
      await sleeper.value
    }
    #expect(log.all == ["CancellationError@1.0"])
    #expect(loop.unfinishedWork.isEmpty)
  }

  @Test("a task cancelled before it sleeps does not sleep")
  func cancelledBeforeSleep() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let outcome = try loop.run {
      withUnsafeCurrentTask { $0?.cancel() }
      do {
        try await clock.sleep(for: .seconds(60))
        return "slept"
      } catch {
        return "\(type(of: error))"
      }
    }
    #expect(outcome == "CancellationError")
    #expect(loop.now == .zero)
  }

  @Test("an unstructured task on the loop is left behind when main returns")
  func taskLeftBehind() throws {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let log = Recorder<String>()
    try loop.run {
      Task(executorPreference: loop) {
        try await clock.sleep(for: .seconds(2))
        log.record("never")
      }
      try await clock.sleep(for: .seconds(1))
    }
    #expect(log.all.isEmpty)
    #expect(loop.unfinishedWork.sleepingTasks == 1)
  }
}
