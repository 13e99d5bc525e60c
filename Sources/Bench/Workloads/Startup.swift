import Foundation

/// What launching a program and waiting for it cost: its wall time from
/// launch to exit, in nanoseconds, and the peak memory it reports, in bytes.
struct Launches {
  var times: [Double] = []
  var memory: [Double] = []

  /// The `startup` and `memory` rows of `source`, launched as `variant`.
  func series(_ source: String, _ variant: String) -> [Series] {
    [
      Series(source: source, id: "startup", variant: variant, samples: times),
      Series(
        source: source, id: "memory", variant: "\(variant): peak memory",
        samples: memory),
    ]
  }
}

/// Launches `executable` with `arguments` after `warmUp` launches that are
/// thrown away (they bring the files into the page cache). Each launch must
/// print its peak memory in KiB. Nil when it cannot be launched.
func launch(
  _ executable: URL,
  _ arguments: [String] = [],
  _ options: Options
) -> Launches? {
  var launches = Launches()
  for run in 0..<(options.warmUp + options.repeats) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let start = ContinuousClock.now
    do { try process.run() } catch { return nil }
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let elapsed = ContinuousClock.now - start
    guard process.terminationStatus == 0,
      let kibibytes = Int(
        String(decoding: printed, as: UTF8.self)
          .trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    if run >= options.warmUp {
      launches.times.append(nanoseconds(elapsed))
      launches.memory.append(Double(kibibytes * 1024))
    }
  }
  return launches
}
