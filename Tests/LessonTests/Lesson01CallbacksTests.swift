import CourseKit
import CourseTestSupport
import Testing

@testable import Lesson01Callbacks

@Suite("Chapter 1: callbacks")
struct Lesson01CallbacksTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  @Test("a completion handler is called after its function returns")
  func completionHandler() throws {
    let lines = try #require(scenes["A completion handler"])
    #expect(
      lines == [
        "[0.0s] Calling fetchWithCallback",
        "[0.0s] fetchWithCallback returned",
        "[1.0s] Received: Data from https://api.example.com",
      ])
  }

  @Test("callSoon runs after the current code; timers after ready callbacks")
  func whoCallsBack() throws {
    let lines = try #require(scenes["Who calls you back: the loop"])
    let order = lines.map { $0.dropFirst(7) }
    #expect(
      order == [
        "main code starts", "main code ends", "callSoon, first",
        "callSoon, second", "callLater, 0 s",
        "callSoon, from inside a callback", "callLater, 1 s",
      ])
  }

  @Test("a blocking fetch calls back before it returns")
  func blocking() throws {
    let lines = try #require(scenes["A callback that blocks"])
    let received = try #require(lines.index(of: "Received"))
    let returned = try #require(lines.index(of: "fetchBlocking returned"))
    #expect(received < returned)
    #expect(lines.last == "[1.0s] fetchBlocking returned")
  }

  @Test("a blocking fetch holds up a timer that falls due meanwhile")
  func blockingHoldsUpTheLoop() throws {
    let lines = try #require(scenes["Blocking holds up the loop"])
    #expect(lines.last == "[1.0s] timer due at 0.5 s runs")
  }

  @Test("an inline callback runs before the caller's next line")
  func inline() throws {
    let inline = try #require(scenes["Calling back inline"])
    let fromLoop = try #require(scenes["Calling back from the loop"])
    for (lines, failedFirst) in [(inline, true), (fromLoop, false)] {
      let failed = try #require(lines.index(of: "profile -1 failed"))
      let asked = try #require(lines.index(of: "asked for profile -1"))
      #expect((failed < asked) == failedFirst)
    }
  }

  @Test("work scheduled past the end of the program never runs")
  func lostWork() throws {
    let lost = try #require(scenes["Work lost when the program ends"])
    #expect(lost.index(of: "Callback executed") == nil)
    #expect(lost.last?.contains("1 scheduled callback never ran") == true)
    let kept = try #require(scenes["Ending when the work is done"])
    #expect(kept.last == "[2.0s] Callback executed")
  }

  @Test("three requests in flight take as long as the slowest")
  func threeInFlight() throws {
    let lines = try #require(scenes["Three requests in flight"])
    let answers = lines.filter { $0.contains("answered") }
    #expect(
      answers.map { String($0.prefix(6)) } == ["[0.5s]", "[1.0s]", "[2.0s]"])
    #expect(lines.contains { $0.hasPrefix("fetch /slow ") })
  }
}
