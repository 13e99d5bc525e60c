import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson06AsyncIterators

@Suite("Chapter 6: async iterators")
struct Lesson06AsyncIteratorsTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  private func lines(_ title: String) throws -> [String] {
    try #require(scenes[title], "no scene '\(title)'")
  }

  private func logged(_ title: String) throws -> [String] {
    try lines(title).filter { $0.hasPrefix("[") }
  }

  @Test("pulled batches are fetched on demand; pushed ones ahead of time")
  func pullAndPush() throws {
    for title in [
      "A hand-written AsyncSequence: pulled",
      "AsyncThrowingStream(unfolding:): pulled",
    ] {
      let log = try logged(title)
      #expect(
        log.map { $0.prefix(6) } == ["[1.0s]", "[2.5s]", "[4.0s]", "[4.5s]"],
        "\(title)")
      #expect(
        try lines(title).contains {
          $0.hasPrefix("fetch batch 1   |") && $0.hasSuffix("1.5s–2.5s")
        }, "\(title)")
    }
    let pushed = try logged("An AsyncStream: pushed")
    #expect(
      pushed.map { $0.prefix(6) } == ["[1.0s]", "[2.0s]", "[3.0s]", "[3.5s]"])
    #expect(
      pushed.first?.hasSuffix("item_0_0 item_0_1 item_0_2 item_0_3 item_0_4")
        == true)
  }

  @Test("yield reports what became of each element; finish() drains first")
  func yieldAndFinish() throws {
    #expect(
      try lines("yield, finish() and onTermination") == [
        "[0.0s] yield(1): enqueued(remaining: \(Int.max))",
        "[0.0s] yield(2): enqueued(remaining: \(Int.max))",
        "[0.0s] onTermination: finished",
        "[0.0s] yield(3) after finish(): terminated",
        "[0.0s] the consumer got 1",
        "[0.0s] the consumer got 2",
        "[0.0s] the loop ended",
      ])
  }

  @Test("unbounded keeps all, newest drops the oldest, oldest drops the new")
  func bufferingPolicies() throws {
    #expect(
      try logged("The default: an unbounded buffer") == [
        "[4.2s] the consumer handled [1, 2, 3, 4, 5, 6]"
      ])
    #expect(
      try logged("bufferingNewest(2)") == [
        "[0.6s] yield(4) dropped 2", "[1.0s] yield(6) dropped 4",
        "[2.8s] the consumer handled [1, 3, 5, 6]",
      ])
    #expect(
      try logged("bufferingOldest(2)") == [
        "[0.6s] yield(4) dropped 4", "[1.0s] yield(6) dropped 6",
        "[2.8s] the consumer handled [1, 2, 3, 5]",
      ])
  }

  @Test("an unbounded buffer grows with the producer, not the consumer")
  func backlog() throws {
    #expect(
      try lines("A fast producer, a slow consumer") == [
        "[1.0s] yielded 100000, the consumer took 3",
        "[1.0s] 99997 readings wait in the buffer: 799 KB",
      ])
  }

  @Test("a bounded channel makes the producer wait, and drops nothing")
  func backpressure() throws {
    #expect(
      try logged("A bounded channel: the producer waits") == [
        "[0.7s] send(4) waited 0.1 s for space",
        "[1.4s] send(5) waited 0.5 s for space",
        "[2.1s] send(6) waited 0.5 s for space",
        "[4.2s] the consumer handled [1, 2, 3, 4, 5, 6]",
      ])
  }

  @Test("break leaves a stream you hold alive; a temporary one terminates")
  func breaking() throws {
    let held = try lines("break: the producer carries on")
    #expect(
      held.suffix(3) == [
        "[1.3s] the producer is at tick 12, and yield returned enqueued(remaining: \(Int.max))",
        "[1.3s] cancelled the producer; the stream is still in scope",
        "[1.3s] onTermination: cancelled",
      ])
    #expect(
      try lines("break, with onTermination").suffix(3) == [
        "[0.3s] onTermination: cancelled",
        "[0.3s] the producer stopped after tick 3: CancellationError()",
        "[0.8s] no tick since",
      ])
  }

  @Test("cancelling the consumer ends its loop and the stream")
  func cancellingTheConsumer() throws {
    #expect(
      try lines("Cancelling the consumer's task").suffix(3) == [
        "[0.4s] onTermination: cancelled",
        "[0.4s] the producer stopped after tick 3: CancellationError()",
        "[0.5s] the consumer's loop ended, in a cancelled task: true",
      ])
  }

  @Test("a stream nobody finishes keeps its consumer waiting")
  func neverFinished() throws {
    #expect(
      try lines("Nobody calls finish()").suffix(2) == [
        "[2.0s] still waiting after 2 s; cancelling the consumer",
        "[2.0s] the loop ended",
      ])
  }

  @Test("two consumers of one AsyncStream take turns")
  func twoConsumers() throws {
    #expect(
      try lines("Two consumers, one stream") == [
        "[0.7s] A got [1, 3, 5]", "[0.7s] B got [2, 4, 6]",
      ])
  }

  @Test("merge interleaves by time and stops both sources with its consumer")
  func merge() throws {
    let output = try lines("Two tickers, merged")
    #expect(
      output.prefix(6) == [
        "[0.3s] AAPL 1", "[0.5s] MSFT 1", "[0.6s] AAPL 2", "[0.9s] AAPL 3",
        "[1.0s] MSFT 2", "[1.0s] the consumer has its five quotes",
      ])
    for symbol in ["AAPL", "MSFT"] {
      #expect(
        output.contains {
          $0.hasPrefix("\(symbol) producer") && $0.hasSuffix("0.0s–1.0s")
        }, "\(symbol)'s producer stops at 1.0 s")
    }
  }

  @Test("map, filter and prefix ask the timer only for what they need")
  func operators() throws {
    #expect(
      try lines("A timer, mapped, filtered, cut short") == [
        "[0.8s] tick 4: 98.9", "[1.0s] tick 5: 97.2", "[1.4s] tick 7: 96.5",
        "[1.4s] three alerts, and no more ticks",
      ])
  }

  @Test("a typed AsyncSequence gives catch its own error type")
  func typedFailure() throws {
    #expect(
      try lines("A typed failure").last
        == "[0.9s] the feed disconnected after 3 quotes")
  }
}
