import CourseKit

extension EventLoop {
  /// "label@1.5" — the label and the loop's time in seconds.
  func at(_ label: String) -> String {
    "\(label)@\(Console.seconds(now))"
  }
}
