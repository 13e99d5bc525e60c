import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the exercise tests one at a time, and gives every exercise a result
/// even when its code hangs or crashes.
///
/// The tests run in one process, in order, while the course reads their
/// event stream. A test that runs longer than `timeout`, or a process that
/// grows past `memoryLimit`, is stopped; a process that crashes is gone.
/// Either way the exercise of the test that was running gets the blame,
/// and the tests not run yet run again in a new process without it.
struct TestRunner {
  let package: LearnerPackage
  var timeout: Duration = .seconds(6)
  var memoryLimit = 1 << 30

  /// What happened to one exercise's tests.
  enum Result {
    /// Every test ran; these are their outcomes, by display name.
    case ran([(name: String, outcome: TestEvents.Outcome)])
    /// A test did not finish; the reason, and the test's name.
    case didNotFinish(reason: String, test: String)
    /// The process crashed in this test; its log.
    case crashed(test: String, log: String)
  }

  /// Runs every test, and returns each exercise's result by its id.
  func run() throws -> [String: Result] {
    var results: [String: Result] = [:]
    var excluded = Set<String>()  // exercises already blamed
    var finished: [String: (String, TestEvents.Outcome)] = [:]  // by test id
    var known: [String: TestEvents.Test] = [:]
    for attempt in 1...20 {
      let remaining = known.values.filter {
        !$0.isSuite && finished[$0.id] == nil
          && !excluded.contains(Self.exercise(of: $0.displayName) ?? "")
      }
      if attempt > 1 && remaining.isEmpty { break }
      let run = try runOnce(only: attempt == 1 ? nil : remaining.map(\.id))
      known.merge(run.events.tests) { $1 }
      for (id, outcome) in run.events.outcomes where outcome.ended {
        finished[id] = (run.events.tests[id]?.displayName ?? id, outcome)
      }
      guard let failure = run.failure else { break }
      guard let test = failure.test, let exercise = Self.exercise(of: test)
      else {
        throw CourseError.failed(
          "the exercise tests stopped before any test ran (\(failure.reason))."
            + " The whole log: \(failure.log)")
      }
      excluded.insert(exercise)
      let name = Self.testName(test)
      results[exercise] =
        failure.isCrash
        ? .crashed(test: name, log: failure.log)
        : .didNotFinish(reason: failure.reason, test: name)
    }
    for (_, (displayName, outcome)) in finished {
      guard let exercise = Self.exercise(of: displayName),
        !excluded.contains(exercise)
      else { continue }
      var tests: [(name: String, outcome: TestEvents.Outcome)] = []
      if case .ran(let earlier) = results[exercise] { tests = earlier }
      tests.append((Self.testName(displayName), outcome))
      results[exercise] = .ran(tests.sorted { $0.name < $1.name })
    }
    return results
  }

  /// `4.3` for `Exercise 4.3: a new transform starts …`.
  static func exercise(of displayName: String) -> String? {
    guard displayName.hasPrefix("Exercise "),
      let colon = displayName.firstIndex(of: ":")
    else { return nil }
    return String(displayName[..<colon].dropFirst("Exercise ".count))
  }

  /// `a new transform starts …` for `Exercise 4.3: a new transform …`.
  static func testName(_ displayName: String) -> String {
    guard let colon = displayName.firstIndex(of: ":") else {
      return displayName
    }
    return String(displayName[displayName.index(after: colon)...])
      .trimmingWhitespace()
  }

  private struct Failure {
    var test: String?
    var reason: String
    var isCrash: Bool
    var log: String
  }

  private func runOnce(only ids: [String]?) throws -> (
    events: TestEvents, failure: Failure?
  ) {
    let repository = package.repository
    let eventsPath = repository.url("\(package.logs)/events.jsonl")
    let logPath = "\(package.logs)/tests.log"
    try? FileManager.default.removeItem(at: eventsPath)
    var offset: UInt64 = 0
    // What the test program has added to the stream since the last call.
    // The file is opened afresh each time: the program creates it.
    func newEvents() -> Data {
      guard let reader = try? FileHandle(forReadingFrom: eventsPath) else {
        return Data()
      }
      defer { try? reader.close() }
      try? reader.seek(toOffset: offset)
      let data = (try? reader.readToEnd()) ?? Data()
      offset += UInt64(data.count)
      return data
    }

    var arguments =
      package.testCommand() + [
        "--no-parallel", "--event-stream-version", "0",
        "--event-stream-output-path", eventsPath.path,
      ]
    for id in ids ?? [] {
      arguments += ["--filter", Self.escaped(id)]
    }
    var events = TestEvents()
    var current: (id: String, since: ContinuousClock.Instant)?
    var lastProgress = ContinuousClock.now
    var lastMemoryCheck = ContinuousClock.now
    let ending = try Subprocess.run(
      arguments,
      environment: package.environment.merging(
        ["SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no"]) { $1 },
      log: repository.url(logPath)
    ) { pid in
      events.read(newEvents())
      let now = ContinuousClock.now
      if events.running != current?.id {
        current = events.running.map { ($0, now) }
        lastProgress = now
      }
      if now - (current?.since ?? lastProgress) > timeout {
        return "it ran for more than \(timeout.seconds) s"
      }
      if now - lastMemoryCheck > .milliseconds(250) {
        lastMemoryCheck = now
        if let bytes = Self.residentMemory(of: pid), bytes > memoryLimit {
          return "it used more than \(memoryLimit >> 20) MB of memory"
        }
        let printed =
          try? FileManager.default.attributesOfItem(
            atPath: repository.url(logPath).path)[.size] as? Int
        if let printed, printed > memoryLimit / 16 {
          return "it printed more than \(memoryLimit >> 24) MB"
        }
      }
      return nil
    }
    events.read(newEvents())
    let test = current.flatMap { events.tests[$0.id]?.displayName }
    switch ending {
    case .stopped where events.runEnded:
      // Every test ran; only the process's exit was slow.
      return (events, nil)
    case .stopped(let reason):
      return (
        events,
        Failure(test: test, reason: reason, isCrash: false, log: logPath)
      )
    case .exited where events.runEnded:
      return (events, nil)
    case .signalled, .exited:
      // It ended before the run did: something in the code ended it.
      let log = try keepLog(logPath, test: test)
      return (
        events,
        Failure(test: test, reason: "\(ending)", isCrash: true, log: log)
      )
    }
  }

  /// Copies the log of a crash where the next run will not overwrite it.
  private func keepLog(_ path: String, test: String?) throws -> String {
    let name =
      test.flatMap(Self.exercise(of:)).map { "\($0)-crash.log" }
      ?? "crash.log"
    let kept = "\(package.logs)/\(name)"
    let text = try package.repository.read(path)
    try package.repository.write(text, to: kept)
    return kept
  }

  /// A regular expression that matches exactly `id`.
  static func escaped(_ id: String) -> String {
    var pattern = "^"
    for character in id {
      if "\\^$.|?*+()[]{}".contains(character) { pattern.append("\\") }
      pattern.append(character)
    }
    return pattern
  }

  /// How much memory process `pid` holds, where the system says (Linux).
  static func residentMemory(of pid: pid_t) -> Int? {
    #if os(Linux)
      guard
        let statm = try? String(
          contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8),
        let pages = statm.split(separator: " ").dropFirst().first.flatMap({
          Int($0)
        })
      else { return nil }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return nil
    #endif
  }
}

extension Duration {
  /// Whole seconds.
  var seconds: Int64 { components.seconds }
}
