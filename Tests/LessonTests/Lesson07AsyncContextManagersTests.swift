import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson07AsyncContextManagers

@Suite("Chapter 7: async context managers")
struct Lesson07AsyncContextManagersTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  private func logged(_ title: String) throws -> [String] {
    try #require(scenes[title], "no scene '\(title)'")
      .filter { $0.hasPrefix("[") }
  }

  @Test("withConnection closes on return and on a throw, then answers")
  func closesOnReturnAndThrow() throws {
    #expect(
      try logged("withConnection: the body returns").suffix(3) == [
        "[0.3s] connection 1 closed",
        "[0.3s] balance: 100",
        "[0.3s] open on the server: 0",
      ])
    #expect(
      try logged("withConnection: the body throws").suffix(3) == [
        "[0.3s] connection 1 closed",
        "[0.3s] caught BadRow()",
        "[0.3s] open on the server: 0",
      ])
  }

  @Test("in a cancelled task, a close that waits fails, and leaks")
  func closeFailsInACancelledTask() throws {
    #expect(
      try logged("withConnection: the task is cancelled").suffix(4) == [
        "[0.5s] connection 1: SELECT * FROM trades failed: CancellationError()",
        "[0.5s] connection 1: close failed: CancellationError()",
        "[0.5s] the task threw CancellationError()",
        "[0.5s] open on the server: 1",
      ])
  }

  @Test("a close that does not wait, or waits in its own task, closes")
  func workarounds() throws {
    #expect(
      try logged("defer, and a close that does not wait").suffix(3) == [
        "[0.5s] connection 1 reset",
        "[0.5s] the task threw CancellationError()",
        "[0.5s] open on the server: 0",
      ])
    #expect(
      try logged("A close in a task of its own").suffix(3) == [
        "[0.6s] connection 1 closed",
        "[0.6s] the task threw CancellationError()",
        "[0.6s] open on the server: 0",
      ])
  }

  @Test("the body of withConnection runs on the calling actor")
  func actorBody() throws {
    #expect(
      try logged("An actor's code in the body").last == "[0.3s] refreshes: 1")
  }

  @Test("the pool serves waiters in order; a cancelled one leaves the line")
  func pool() throws {
    #expect(
      try logged("Four tasks, a pool of two").suffix(5) == [
        "[0.2s] connection 1: A's query",
        "[0.3s] connection 2: B's query",
        "[0.6s] connection 2: C's query",
        "[0.7s] connection 1: D's query",
        "[1.0s] idle: 2, waiting: 0",
      ])
    #expect(
      try logged("A waiter is cancelled").suffix(5) == [
        "[0.6s] cancelling B",
        "[0.6s] B threw CancellationError()",
        "[0.6s] idle: 0, waiting: 1",
        "[1.1s] connection 1: C's query",
        "[1.4s] idle: 1, waiting: 0",
      ])
  }

  @Test("a transaction commits, or rolls back on an error and on cancel")
  func transactions() throws {
    // The statements connection 1 sent, in order.
    let sql = { (title: String) in
      try self.logged(title).compactMap { line in
        line.components(separatedBy: "connection 1: ").dropFirst().first
      }
    }
    #expect(
      try sql("A transaction: committed") == [
        "BEGIN", "UPDATE alice -30", "UPDATE bob +30", "COMMIT",
      ])
    #expect(
      try sql("A transaction: rolled back on an error") == [
        "BEGIN", "UPDATE alice -300", "ROLLBACK",
      ])
    let cancelled = try logged("A transaction: rolled back on cancellation")
    #expect(cancelled.contains("[0.5s] connection 1: ROLLBACK"))
    #expect(cancelled.last == "[0.7s] open on the server: 0")
  }
}
