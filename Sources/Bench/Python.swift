import Foundation

/// What scripts/bench_asyncio.py prints: one JSON object.
struct PythonReport: Codable, Sendable {
  struct Result: Codable, Sendable {
    var id: String
    var variant: String
    var samples: [Double]
  }

  var python: String
  var loop: String
  var loopVersion: String
  var freeThreaded: Bool
  var results: [Result]
}

/// Runs the asyncio half of the benchmark with `loop` ("asyncio" or
/// "uvloop"). Its progress lines go to the terminal as they come; its
/// report is read from its output. Nil, with a reason, when it fails.
func runPython(
  _ python: String,
  loop: String,
  _ options: Options
) -> (report: PythonReport?, problem: String?) {
  var arguments = [
    python, "scripts/bench_asyncio.py", "--loop", loop,
    "--warmup", "\(options.warmUp)", "--repeats", "\(options.repeats)",
  ]
  if let only = options.only {
    let ids = only.filter { id in
      Row.all.contains { $0.id == id && $0.inPython }
        && !["startup", "memory"].contains(id)
    }
    if ids.isEmpty { return (nil, nil) }
    arguments += ["--only", ids.sorted().joined(separator: ",")]
  }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.standardError
  do { try process.run() } catch { return (nil, "\(error)") }
  let printed = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else {
    return (nil, "\(python) exited with \(process.terminationStatus)")
  }
  do {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return (try decoder.decode(PythonReport.self, from: printed), nil)
  } catch {
    return (nil, "its report is not what Bench expects: \(error)")
  }
}

/// Whether `python` can import `module`.
func canImport(_ module: String, in python: String) -> Bool {
  firstLine(of: [python, "-c", "import \(module); print('yes')"]) == "yes"
}
