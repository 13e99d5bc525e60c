import Foundation

/// Runs the benchmark: Swift's rows, then Python's, then the table.
func runBench(_ options: Options) async {
  let machine = Machine.current(python: options.python)
  var report = Report(
    date: ISO8601DateFormatter().string(from: Date()), machine: machine,
    warmUp: options.warmUp, repeats: options.repeats, series: [])
  progress("Swift (\(machine.swift)), \(machine.cores) cores")
  for workload in swiftWorkloads where options.includes(workload.id) {
    progress("swift: \(workload.id)")
    let samples = await workload.run(options)
    report.series.append(
      Series(
        source: "swift", id: workload.id, variant: workload.variant,
        samples: samples))
  }
  if options.includes("startup") || options.includes("memory") {
    progress("swift: startup")
    let probe = Bundle.main.executableURL!.deletingLastPathComponent()
      .appendingPathComponent("BenchStartup")
    if let launches = launch(probe, [], options) {
      report.series += launches.series(
        "swift", "BenchStartup: await Task { 6 * 7 }.value")
    } else {
      progress(
        "swift: could not launch \(probe.path); build it with make bench")
    }
  }
  var sources = ["swift"]
  if let python = options.python {
    if machine.python == nil {
      progress(
        """
        \(python) was not found: measuring Swift alone. Install Python 3.11 \
        or later (or pass --python PATH) to compare.
        """
      )
    } else {
      for loop in ["asyncio", "uvloop"] {
        if loop == "uvloop" && !canImport("uvloop", in: python) {
          progress(
            """
            uvloop is not installed: `\(python) -m pip install uvloop` \
            adds its column.
            """
          )
          continue
        }
        let (python, problem) = runPython(python, loop: loop, options)
        if let problem { progress("\(loop): \(problem)") }
        guard let python else { continue }
        sources.append(loop)
        if loop == "asyncio" {
          // With the GIL, Python runs one thread's code at a time; 3.13's
          // free-threaded build runs threads in parallel.
          report.machine.python =
            "Python \(python.python) "
            + (python.freeThreaded ? "(free-threaded)" : "(with the GIL)")
        }
        report.series += python.results.map {
          Series(
            source: loop, id: $0.id, variant: $0.variant, samples: $0.samples)
        }
      }
      if options.includes("startup") || options.includes("memory") {
        progress("asyncio: startup")
        // The interpreter itself: `python3` on the PATH can be a shell
        // script (pyenv's shims are) that starts it, and costs its own time.
        let interpreter =
          firstLine(of: [python, "-c", "import sys; print(sys.executable)"])
          ?? python
        if let launches = launch(
          URL(fileURLWithPath: interpreter), ["scripts/bench_startup.py"],
          options)
        {
          report.series += launches.series(
            "asyncio", "\(interpreter) scripts/bench_startup.py")
          if !sources.contains("asyncio") { sources.append("asyncio") }
        }
      }
    }
  }
  print()
  print(
    "make bench: \(report.machine.cores) cores, \(report.machine.processor)")
  print("\(report.machine.swift); \(report.machine.python ?? "no Python")")
  print("median of \(options.repeats) runs after \(options.warmUp) warm-up")
  print()
  for line in table(report, sources: sources) { print(line) }
  print()
  print("spread: (slowest − fastest) ÷ median.")
  if sources.contains("asyncio") {
    print("ratio: asyncio ÷ Swift; above 1, Swift took less.")
  }
  do {
    print("Raw samples: \(try report.save())")
  } catch {
    progress("could not save the samples: \(error)")
  }
}

func progress(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
