import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson02CallbackHell

@Suite("Chapter 2: callback hell")
struct Lesson02CallbackHellTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  @Test("the chain takes three sequential seconds, however it is written")
  func chain() throws {
    for title in ["The pyramid of doom", "Named functions"] {
      let lines = try #require(scenes[title])
      #expect(lines.contains("[3.0s] order 1001 is in transit"))
      #expect(lines.contains { $0.hasSuffix("| 2.0s–3.0s") })
    }
  }

  @Test("a dropped error: the last request is never sent, nothing reported")
  func droppedError() throws {
    let lines = try #require(scenes["An error, dropped"])
    #expect(lines.count { $0.hasPrefix("[") } == 1)
    #expect(!lines.contains { $0.hasPrefix("GET /shipments") })
  }

  @Test("with an error path, the error reaches the caller at 2 s")
  func errorPath() throws {
    let lines = try #require(scenes["An error path at every level"])
    #expect(lines.contains { $0.hasPrefix("[2.0s] could not track it") })
  }

  @Test("in parallel, three requests take as long as the slowest")
  func parallel() throws {
    let lines = try #require(scenes["Three requests in parallel"])
    #expect(lines.contains("[1.0s] all three answered:"))
    #expect(
      lines.filter { $0.hasPrefix("GET ") }.allSatisfy {
        $0.contains("| 0.0s–")
      })
  }

  @Test("one clock: the independent requests take 1 s, the chain 3 s")
  func sideBySide() throws {
    let lines = try #require(
      scenes["Dependent and independent, side by side"])
    #expect(lines.contains("[1.0s] in parallel: 3 answers"))
    #expect(lines.contains("[3.0s] chain: order 1001 is in transit"))
  }

  @Test("a failed request is drawn with ×")
  func failedRequestDrawn() throws {
    let lines = try #require(scenes["An error, dropped"])
    #expect(
      lines.contains {
        $0.hasPrefix("GET /orders/1001/shipment") && $0.contains("×")
      })
  }

  @Test("called twice ships twice; never called reports nothing")
  func twiceAndNever() throws {
    let twice = try #require(scenes["A callback called twice"])
    #expect(twice.count { $0.contains("shipping the order") } == 2)
    let never = try #require(scenes["A callback never called"])
    #expect(never == ["[0.0s] charging card expired"])
  }

  @Test("the guard delivers exactly once, or a timeout")
  func guarded() throws {
    let lines = try #require(scenes["Guarded: exactly once, or a timeout"])
    #expect(lines.count { $0.contains("shipping the order") } == 1)
    #expect(lines.count { $0.contains("ignored an answer") } == 2)
    #expect(
      lines.contains("[2.0s] expired: payment failed: no answer after 2.0 s"))
    #expect(
      lines.last == "[3.0s] ignored an answer that came too late or twice")
  }
}
