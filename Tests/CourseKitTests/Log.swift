@testable import CourseKit
import Synchronization

/// A thread-safe list of strings that tests append to from callbacks.
final class Log: Sendable {
  private let entries = Mutex<[String]>([])

  func callAsFunction(_ entry: String) {
    entries.withLock { $0.append(entry) }
  }

  var all: [String] { entries.withLock { $0 } }
}

extension EventLoop {
  /// "label@1.5" — the label and the loop's time in seconds.
  func at(_ label: String) -> String {
    "\(label)@\(Console.seconds(now))"
  }
}
