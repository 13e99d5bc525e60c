import Foundation

/// The machine and the toolchains a run measured: figures mean little
/// without them.
struct Machine: Codable, Sendable {
  var cores: Int
  var processor: String
  var system: String
  var swift: String
  var python: String?

  static func current(python: String?) -> Machine {
    Machine(
      cores: ProcessInfo.processInfo.activeProcessorCount,
      processor: processorName(),
      system: ProcessInfo.processInfo.operatingSystemVersionString,
      swift: firstLine(of: ["swift", "--version"]) ?? "unknown",
      python: python.flatMap { firstLine(of: [$0, "--version"]) })
  }

  /// The processor's name, from /proc/cpuinfo on Linux.
  private static func processorName() -> String {
    guard
      let info = try? String(
        contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let line = info.split(separator: "\n").first(where: {
        $0.hasPrefix("model name")
      }),
      let name = line.split(separator: ":", maxSplits: 1).last
    else { return "unknown" }
    return name.trimmingCharacters(in: .whitespaces)
  }
}

/// The first line `command` prints, or nil when it cannot run or fails.
func firstLine(of command: [String]) -> String? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = command
  let output = Pipe()
  process.standardOutput = output
  process.standardError = output
  do { try process.run() } catch { return nil }
  let printed = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { return nil }
  return String(decoding: printed, as: UTF8.self)
    .split(separator: "\n").first.map(String.init)
}
