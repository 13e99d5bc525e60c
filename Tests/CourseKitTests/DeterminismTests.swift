import Testing

@testable import CourseKit

/// A scenario with many moving parts: equal and different sleeps, a task
/// group, `async let`, an actor shared by several tasks, an `AsyncStream`,
/// callbacks, and a timeout race whose loser is cancelled.
private func scenario(_ loop: EventLoop) throws -> [String] {
  let console = Console.recording()
  console.startClock(loop.clock)
  let clock = loop.clock

  actor Tally {
    var total = 0
    func add(_ value: Int) -> Int {
      total += value
      return total
    }
  }

  try loop.run {
    let tally = Tally()
    loop.callLater(after: .seconds(1)) { console.log("callback at 1 s") }
    await withTaskGroup(of: Void.self) { group in
      for worker in 1...5 {
        group.addTask {
          try? await clock.sleep(for: .milliseconds(100 * (worker % 3)))
          let total = await tally.add(worker)
          console.log("worker \(worker) added, total \(total)")
        }
      }
    }
    async let left: Void = clock.sleep(for: .seconds(1))
    async let right: Void = clock.sleep(for: .seconds(1))
    _ = try await (left, right)
    console.log("async let pair done")

    let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
    Task(executorPreference: loop) {
      for value in 1...3 {
        try await clock.sleep(for: .milliseconds(300))
        continuation.yield(value)
      }
      continuation.finish()
    }
    for await value in stream { console.log("stream \(value)") }

    let winner = await withTaskGroup(of: String.self) { group in
      group.addTask {
        do {
          try await clock.sleep(for: .seconds(5))
          return "work"
        } catch {
          console.log("work cancelled")
          return "cancelled"
        }
      }
      group.addTask {
        try? await clock.sleep(for: .seconds(2))
        return "timeout"
      }
      let first = await group.next()!
      group.cancelAll()
      return first
    }
    console.log("race won by \(winner)")
  }
  return console.lines
}

@Suite("Event loop: determinism")
struct DeterminismTests {
  @Test("1,000 simulated runs of a many-task scenario print one output")
  func thousandRuns() throws {
    var outputs: Set<[String]> = []
    for _ in 0..<1000 {
      outputs.insert(try scenario(EventLoop(mode: .simulated)))
    }
    #expect(outputs.count == 1)
    #expect(
      outputs.first == [
        "[0.0s] worker 3 added, total 3",
        "[0.1s] worker 1 added, total 4",
        "[0.1s] worker 4 added, total 8",
        "[0.2s] worker 2 added, total 10",
        "[0.2s] worker 5 added, total 15",
        "[1.0s] callback at 1 s",
        "[1.2s] async let pair done",
        "[1.5s] stream 1",
        "[1.8s] stream 2",
        "[2.1s] stream 3",
        "[4.1s] work cancelled",
        "[4.1s] race won by timeout",
      ])
  }
}
