import Foundation
import Testing

@testable import Course

@Suite("Swift Testing's event stream is read structurally")
struct TestEventsTests {
  /// Records as Swift Testing 6.3 writes them (trimmed to what is read).
  static let stream = [
    #"{"kind":"test","payload":{"displayName":"Chapter 4","id":"E.S","kind":"suite","name":"S"},"version":0}"#,
    #"{"kind":"test","payload":{"displayName":"Exercise 4.2: the receipt","id":"E.S/a()/S.swift:31:4","kind":"function","name":"a()"},"version":0}"#,
    #"{"kind":"test","payload":{"displayName":"Exercise 4.3: in order","id":"E.S/b()/S.swift:40:4","kind":"function","name":"b()"},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"runStarted","messages":[]},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"testStarted","testID":"E.S","messages":[]},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"testStarted","testID":"E.S/a()/S.swift:31:4","messages":[]},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"issueRecorded","testID":"E.S/a()/S.swift:31:4","messages":[{"symbol":"fail","text":"Expectation failed: x == 1"},{"symbol":"details","text":"return when the API calls back"}]},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"testEnded","testID":"E.S/a()/S.swift:31:4","messages":[]},"version":0}"#,
    #"{"kind":"event","payload":{"kind":"testStarted","testID":"E.S/b()/S.swift:40:4","messages":[]},"version":0}"#,
  ]

  @Test("tests, issues and the running test, from whole lines")
  func read() {
    var events = TestEvents()
    let text = Self.stream.joined(separator: "\n") + "\n"
    // Written in two pieces, split inside a line.
    let split = text.index(text.startIndex, offsetBy: text.count / 2)
    events.read(Data(text[..<split].utf8))
    events.read(Data(text[split...].utf8))
    #expect(events.tests.count == 3)
    let a = events.outcomes["E.S/a()/S.swift:31:4"]
    #expect(a?.ended == true)
    #expect(
      a?.issues == [
        ["Expectation failed: x == 1", "return when the API calls back"]
      ])
    #expect(events.running == "E.S/b()/S.swift:40:4")
    #expect(events.outcomes["E.S"] == nil, "a suite is not a test")
    #expect(!events.runEnded)
  }

  @Test("an exercise's tests are known by their display names")
  func names() {
    #expect(TestRunner.exercise(of: "Exercise 4.3: in order") == "4.3")
    #expect(TestRunner.exercise(of: "Chapter 4") == nil)
    #expect(TestRunner.testName("Exercise 4.3: in order") == "in order")
  }

  @Test("a filter matches exactly one test id")
  func escaping() throws {
    let id = "E.S/b(x:)/S.swift:40:4"
    let pattern = try Regex(TestRunner.escaped(id))
    #expect(id.wholeMatch(of: pattern) != nil)
    #expect("E.S/bb(x:)/S.swift:40:4".firstMatch(of: pattern) == nil)
  }
}
