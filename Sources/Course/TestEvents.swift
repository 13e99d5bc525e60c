import Foundation

/// Swift Testing's event stream, read as it is written.
///
/// The test program writes one JSON object per line to the file named by
/// `--event-stream-output-path` (schema version 0, documented in
/// swift-testing's `Documentation/ABI/JSON.md`): first a `test` record for
/// every test, then an `event` record as each one starts, records an issue
/// and ends. Reading the records, not the console text, keeps the verdicts
/// right whatever the console prints.
struct TestEvents {
  /// A test, from its `test` record.
  struct Test: Equatable {
    let id: String
    let displayName: String
    let isSuite: Bool
  }

  /// What one test did, so far.
  struct Outcome: Equatable {
    var started = false
    var ended = false
    var skipped = false
    /// Each recorded issue: its messages' text, in order.
    var issues: [[String]] = []
  }

  private(set) var tests: [String: Test] = [:]
  private(set) var outcomes: [String: Outcome] = [:]
  /// The test that started last and has not ended, if any.
  private(set) var running: String?
  private(set) var runEnded = false

  private var buffer = Data()

  /// Reads whatever `text` adds: whole lines only; a partial last line is
  /// kept for the next call.
  mutating func read(_ data: Data) {
    buffer.append(data)
    while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
      let line = buffer[buffer.startIndex..<newline]
      buffer.removeSubrange(buffer.startIndex...newline)
      if let record = try? JSONDecoder().decode(Record.self, from: Data(line)) {
        apply(record)
      }
    }
  }

  private mutating func apply(_ record: Record) {
    switch record.kind {
    case "test":
      guard let id = record.payload.id else { return }
      tests[id] = Test(
        id: id,
        displayName: record.payload.displayName ?? record.payload.name ?? id,
        isSuite: record.payload.kind == "suite"
      )
    case "event":
      guard let kind = record.payload.kind else { return }
      if kind == "runEnded" { runEnded = true }
      guard let id = record.payload.testID, tests[id]?.isSuite != true
      else { return }
      switch kind {
      case "testStarted":
        outcomes[id, default: Outcome()].started = true
        running = id
      case "testEnded":
        outcomes[id, default: Outcome()].ended = true
        if running == id { running = nil }
      case "testSkipped":
        outcomes[id, default: Outcome()].skipped = true
      case "issueRecorded":
        let texts = (record.payload.messages ?? []).map(\.text)
        outcomes[id, default: Outcome()].issues.append(texts)
      default:
        break
      }
    default:
      break
    }
  }

  /// The parts of a record the course reads.
  private struct Record: Decodable {
    struct Payload: Decodable {
      struct Message: Decodable {
        let symbol: String?
        let text: String
      }

      let kind: String?
      let id: String?
      let name: String?
      let displayName: String?
      let testID: String?
      let messages: [Message]?
    }

    let kind: String
    let payload: Payload
  }
}
