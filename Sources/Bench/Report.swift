import Foundation

/// The samples of one row from one side: Swift, asyncio or uvloop.
struct Series: Codable, Sendable {
  /// "swift", "asyncio" or "uvloop".
  var source: String
  /// The row: `spawn`.
  var id: String
  /// How this side does it: "withTaskGroup, 10,000 × addTask { i }".
  var variant: String
  /// Nanoseconds (per operation, or for the whole run), or bytes.
  var samples: [Double]

  var median: Double {
    let sorted = samples.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1
      ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// (slowest − fastest) ÷ median: how much the repeats disagree.
  var spread: Double {
    guard let low = samples.min(), let high = samples.max(), median > 0
    else { return 0 }
    return (high - low) / median
  }
}

/// Everything one run measured, as `make bench` saves it.
struct Report: Codable, Sendable {
  var date: String
  var machine: Machine
  var warmUp: Int
  var repeats: Int
  var series: [Series]

  func series(_ source: String, _ id: String) -> Series? {
    series.first { $0.source == source && $0.id == id }
  }

  /// Writes the report to .build/bench/DATE.json, and returns the path.
  func save() throws -> String {
    let folder = URL(fileURLWithPath: ".build/bench", isDirectory: true)
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true)
    let name = date.replacingOccurrences(of: ":", with: "-") + ".json"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(self).write(to: folder.appendingPathComponent(name))
    return ".build/bench/\(name)"
  }
}
