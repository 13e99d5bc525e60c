extension Timeline {
  /// The chart: one line per lane, in the timeline's ``LaneOrder``, then a
  /// time axis. Each lane shows its first start and last end on the right.
  /// Activities that have not ended are drawn up to now.
  ///
  /// Times are rounded to a tenth of a second first, as the console's
  /// stamps are, so a real run and a simulated run draw the same chart.
  func chart(width: Int = 40) -> [String] {
    func tenth(_ time: Duration) -> Duration {
      .milliseconds(Int((time / .milliseconds(100)).rounded()) * 100)
    }
    let now = tenth(elapsed())
    let segments = segments.withLock { $0 }.map { segment in
      var rounded = segment
      rounded.start = tenth(segment.start)
      rounded.end = segment.end.map(tenth)
      return rounded
    }
    var lanes: [String] = []
    for segment in segments where !lanes.contains(segment.lane) {
      lanes.append(segment.lane)
    }
    if laneOrder == .startThenName {
      // Tenths of a second: small differences between threads do not count.
      func tenths(_ lane: String) -> Int {
        let start = segments.first { $0.lane == lane }?.start ?? .zero
        return Int((start / .milliseconds(100)).rounded())
      }
      lanes.sort { (tenths($0), $0) < (tenths($1), $1) }
    }
    let total = max(
      segments.map { $0.end ?? now }.max() ?? .zero,
      .milliseconds(100)
    )
    let labelWidth = lanes.map(\.count).max() ?? 0
    func column(_ time: Duration) -> Int {
      Int((Double(width) * (time / total)).rounded())
    }

    var lines: [String] = []
    for lane in lanes {
      var bar = Array(repeating: Character(" "), count: width)
      let mine = segments.filter { $0.lane == lane }
      for segment in mine {
        let start = min(column(segment.start), width - 1)
        let end = max(min(column(segment.end ?? now), width), start + 1)
        let glyph: Character =
          switch segment.activity {
          case .running: "█"
          case .waiting: "░"
          case .failed: "×"
          }
        for index in start..<end { bar[index] = glyph }
      }
      let first = mine.map(\.start).min() ?? .zero
      let last = mine.map { $0.end ?? now }.max() ?? .zero
      let label = lane.padding(to: labelWidth)
      let range = "\(Console.seconds(first))s–\(Console.seconds(last))s"
      lines.append("\(label) |\(String(bar))| \(range)")
    }
    let start = "0.0s"
    let end = "\(Console.seconds(total))s"
    let gap = max(width + 2 - start.count - end.count, 1)
    let axis = start + String(repeating: " ", count: gap) + end
    lines.append(String(repeating: " ", count: labelWidth + 1) + axis)
    return lines
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(width - count, 0))
  }
}
