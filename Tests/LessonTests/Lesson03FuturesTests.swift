import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson03Futures

@Suite("Chapter 3: futures")
struct Lesson03FuturesTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  @Test("callbacks run after the completing code, in the order added")
  func callbacks() throws {
    let lines = try #require(scenes["A future and its promise"])
    let added = try #require(lines.index(of: "added a callback"))
    let first = try #require(lines.index(of: "first callback"))
    let late = try #require(lines.index(of: "late callback"))
    #expect(added < first && first < late)
    #expect(lines.contains { $0.contains("second completion refused") })
  }

  @Test("the flattened chain takes the same three seconds as the pyramid")
  func chain() throws {
    let lines = try #require(scenes["The pyramid, flattened"])
    #expect(lines.contains("[3.0s] order 1001 is in transit"))
  }

  @Test("an error skips the later steps and reaches the one handler")
  func error() throws {
    let lines = try #require(scenes["One error path for the whole chain"])
    #expect(lines.contains { $0.hasPrefix("[2.0s] could not track it") })
    #expect(!lines.contains { $0.hasPrefix("GET /shipments") })
  }

  @Test("all keeps the order asked; first takes the fastest")
  func combining() throws {
    let all = try #require(scenes["All of them"])
    let bodies = all.filter { $0.contains("  Data from") }
    #expect(bodies.map { $0.hasSuffix("/users/42") } == [true, false, false])
    let first = try #require(scenes["The first of them"])
    #expect(first.first?.hasPrefix("[0.4s] first answer") == true)
    #expect(first.first?.hasSuffix("/us/file\")") == true)
  }

  @Test("a task and a future can both be awaited")
  func awaiting() throws {
    let task = try #require(scenes["A Task is a future"])
    #expect(task.contains("[1.0s] the task's value: 1001"))
    let future = try #require(scenes["Awaiting a future"])
    #expect(future.contains("[3.0s] order 1001 is in transit"))
  }
}
