import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson04AsyncAwait

@Suite("Chapter 4: async/await")
struct Lesson04AsyncAwaitTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  @Test("awaiting one call after another takes 2 s each; async let, 2 s in all")
  func sequentialVersusAsyncLet() throws {
    let sequential = try #require(scenes["One await after another"])
    #expect(sequential.last == "[6.0s] Data from https://api.example.com/3")
    let together = try #require(scenes["Three at once: async let"])
    #expect(together.filter { $0.hasPrefix("[2.0s] Data from") }.count == 3)
    #expect(together.filter { $0.hasPrefix("[0.0s] Fetching") }.count == 3)
  }

  @Test("a task group finishes in any order, and returns in the order asked")
  func taskGroup() throws {
    let lines = try #require(scenes["Any number at once: a task group"])
    let finished = lines.filter { $0.contains("finished:") }
    #expect(finished.map { $0.suffix(1) } == ["4", "2", "5", "3", "1"])
    let ordered = lines.filter { $0.contains("  Data from") }
    #expect(ordered.map { $0.suffix(1) } == ["1", "2", "3", "4", "5"])
  }

  @Test("a task nobody keeps still runs to the end")
  func tasksLifetime() throws {
    let task = try #require(scenes["A task: create_task in Swift"])
    #expect(
      task.contains { $0.hasPrefix("[0.5s] the task nobody kept finished") })
    #expect(task.contains { $0.hasPrefix("[1.0s] the kept task's value") })
  }

  @Test("a bridged callback API answers at 1 s")
  func bridging() throws {
    let bridged = try #require(scenes["A callback API, awaited"])
    #expect(bridged.contains { $0.hasPrefix("[1.0s] Data from") })
  }

  @Test("a task waiting on a dropped continuation never goes on")
  func neverResumed() throws {
    let lines = try #require(scenes["A continuation never resumed"])
    #expect(!lines.contains { $0.contains("never printed") })
  }

  @Test("100 endpoints: 2 s one at a time, ~0 all at once, 0.2 s by ten")
  func hundredEndpoints() throws {
    let lines = try #require(scenes["100 endpoints, three ways"])
    #expect(lines.contains("[2.0s] one at a time: 100 answers"))
    #expect(lines.contains("[2.0s] at most 100 requests in flight"))
    #expect(lines.contains("[2.2s] at most 10 requests in flight"))
    #expect(
      lines.contains {
        $0.hasPrefix("ten at a time |") && $0.hasSuffix("2.0s–2.2s")
      })
  }

  @Test("the actor counts every hit")
  func actor() throws {
    #expect(
      scenes["Shared state in an actor"] == ["[0.0s] hits counted: 100"])
  }

  @Test("an unstructured task still asleep when the program ends never runs")
  func leftRunning() throws {
    let lines = try #require(
      scenes["A task left running when the program ends"])
    #expect(lines == ["[0.0s] Before callback", "[1.0s] After callback"])
  }
}
