import CourseKit
import CourseTestSupport
import Foundation
import Testing

@testable import Lesson09DataPipeline

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

@Suite("Chapter 9: a real-time data pipeline")
struct Lesson09DataPipelineTests {
  let scenes: [String: [String]]

  init() throws {
    scenes = try sceneOutputs(of: chapter)
  }

  private func scene(_ title: String) throws -> [String] {
    try #require(scenes[title], "no scene '\(title)'")
  }

  @Test("the seed's rounds drift by their fetches; the schedule's do not")
  func drift() throws {
    let lines = try scene("The seed's loop drifts; a schedule does not")
    #expect(
      lines.contains("[5.8s] seed's loop: rounds at 0.0, 1.4, 2.6, 4.2 s"))
    #expect(
      lines.contains("[5.8s] on a schedule: rounds at 0.0, 1.0, 2.0, 3.0 s"))
  }

  @Test("an overrunning round skips its tick and keeps the grid")
  func overrun() throws {
    #expect(
      try scene("A round that overruns").prefix(5) == [
        "[0.0s] round 1", "[1.0s] round 2",
        "[2.3s] round 2 overran: 1 tick skipped", "[3.0s] round 3",
        "[4.0s] round 4",
      ])
  }

  @Test("the trusting actor pages twice; the careful one once")
  func pagesOnce() throws {
    let pages = try scene("An actor that pages once").filter {
      $0.contains("page sent")
    }
    #expect(pages.count == 3)
  }

  @Test("the monitor stops on Ctrl-C, cancels after the grace, flushes")
  func stoppedByCtrlC() throws {
    let lines = try scene("The monitor, until Ctrl-C")
    #expect(lines.contains("[4.4s] Ctrl-C"))
    #expect(lines.contains("[4.9s] grace period over: cancelling round 4"))
    #expect(lines.contains("[7.2s] audit log: 4 of 4 snapshots written"))
    #expect(
      lines.contains("[7.2s] dashboard: 3 frames drawn, snapshots dropped: 1"))
  }

  @Test("the schedule skips only the ticks already past")
  func scheduleSkips() {
    let schedule = Schedule<ContinuousClock>(period: .seconds(1))
    let start = ContinuousClock.now
    #expect(
      schedule.next(after: start, now: start + .milliseconds(300))
        == (start + .seconds(1), 0))
    #expect(
      schedule.next(after: start, now: start + .seconds(1))
        == (start + .seconds(1), 0))
    #expect(
      schedule.next(after: start, now: start + .milliseconds(2100))
        == (start + .seconds(3), 2))
  }

  @Test("the server parses quote paths, and nothing else")
  func quotePaths() {
    #expect(parseQuotePath("/quote/AAPL?round=3")! == ("AAPL", 3))
    #expect(parseQuotePath("/quote/NOPE?round=3") == nil)
    #expect(parseQuotePath("/quote/AAPL") == nil)
    #expect(parseQuotePath("/etc/passwd") == nil)
  }

  /// The live mode's parts, on real loopback sockets: the server, URLSession
  /// and the monitor, stopped after its third snapshot. Everything is
  /// checked by counting: the faults are chosen per request, not by time,
  /// and the one timeout (a request the server never answers) is far
  /// longer than any loopback request takes. The monitor's tasks run on a
  /// thread of their own: on Swift's pool, tests that hold its threads
  /// could keep a reply waiting until its timeout was due too.
  @Test("live: the monitor polls the server over loopback and stops cleanly")
  func live() async throws {
    let faults = Faults { symbol, round, attempt in
      // GOOGL's first request fails in every round; TSLA's first request
      // in round 2 is never answered (in time).
      if symbol == "GOOGL" && attempt == 1 { return Fault(fails: true) }
      if symbol == "TSLA" && round == 2 && attempt == 1 {
        return Fault(delay: .seconds(3600))
      }
      return Fault()
    }
    let server = try MarketServer(faults: faults)
    let session = URLSession(configuration: .ephemeral)
    let stop = Stop()
    let console = Console.recording()
    var settings = MonitorSettings()
    settings.period = .milliseconds(100)
    settings.policy.timeout = .seconds(2)
    settings.policy.backoff = .milliseconds(10)
    settings.frame = .zero
    let snapshots = Recorder<Snapshot>()
    let summary = await withTaskExecutorPreference(SerialQueueExecutor()) {
      await monitor(
        HTTPQuotes(
          server: URL(string: "http://127.0.0.1:\(server.port)")!,
          session: session),
        settings: settings, stop: stop, clock: ContinuousClock(),
        console: console
      ) { snapshot in
        // The monitor publishes one snapshot at a time, from its loop.
        snapshots.record(snapshot)
        if snapshots.all.count == 3 { stop.request() }
      }
    }
    session.invalidateAndCancel()
    server.stop()

    let stats = server.stats
    #expect(summary.rounds == 3)
    #expect(snapshots.all.allSatisfy { $0.quotes.count == 4 })
    #expect(summary.tally.retries == 4)  // GOOGL × 3, TSLA once
    #expect(summary.tally.failures == 3)
    #expect(summary.tally.timeouts == 1)
    #expect(summary.tally.fetches == 16)
    #expect(stats.requests == 16)
    #expect(stats.failed == 3)
    #expect(summary.audited == 3)
    #expect(stats.open == 0)
    #expect(stats.connections == 16)
    let stillOpen = try connections(toPort: server.port)
    #expect(stillOpen.isEmpty, "still open: \(stillOpen)")
  }

  /// The live program itself: started with `--live`, interrupted with a
  /// real SIGINT once it has printed its third snapshot, it stops with the
  /// summary and exits 0.
  @Test(
    "live: Ctrl-C stops the program with its summary",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: liveProgram.path),
      "the program is built by make test, not by every swift test")
  )
  func liveCtrlC() async throws {
    // The program runs for seconds, and the waiting for it blocks a
    // thread: this test's own, not one of the pool's.
    let (exit, text) = try await onOwnThread {
      try interruptAfterThirdAudit(liveProgram, arguments: ["--live"])
    }
    #expect(exit == "exited with 0")
    #expect(text.contains("Ctrl-C"))
    #expect(text.contains("stopped: the consumers have taken every snapshot"))
    #expect(text.contains("still open") && text.contains(", 0 still open"))
  }
}

/// The chapter's program, built beside the tests.
private let liveProgram = URL(fileURLWithPath: CommandLine.arguments[0])
  .deletingLastPathComponent()
  .appending(path: "Lesson09DataPipeline")

/// Runs `program`, sends it a SIGINT once it has printed "audit #3", and
/// returns how it ended ("exited with 0") and everything it printed.
private func interruptAfterThirdAudit(_ program: URL, arguments: [String])
  throws -> (String, String)
{
  let process = Process()
  process.executableURL = program
  process.arguments = arguments
  let output = Pipe()
  process.standardOutput = output
  try process.run()
  var text = ""
  let handle = output.fileHandleForReading
  while !text.contains("audit #3") {
    let data = handle.availableData
    if data.isEmpty { break }
    text += String(decoding: data, as: UTF8.self)
  }
  kill(process.processIdentifier, SIGINT)
  text += String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  let ended = process.terminationReason == .exit ? "exited" : "was killed"
  return ("\(ended) with \(process.terminationStatus)", text)
}

/// Runs the jobs of the tasks that prefer it on a serial queue, which
/// gets a thread of its own as soon as it has work, whatever Swift's pool
/// is doing. A task group's children inherit the preference, and an
/// actor without an executor of its own runs there too (SE-0417).
private final class SerialQueueExecutor: TaskExecutor {
  private let queue = DispatchQueue(label: "live test")

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }
}

/// This process's TCP connections to or from `port` that are still open
/// (established, or listening), from the kernel's table: sockets in
/// TIME_WAIT are closed. Only this process's own sockets count: once the
/// server has closed, another process (the live program of the test
/// below, say) may be given the same port number for a connection of its
/// own.
private func connections(toPort port: UInt16) throws -> [String] {
  let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
  let hex = String(format: ":%04X", port)
  let mine = try socketInodes()
  return table.split(separator: "\n").dropFirst().map(String.init).filter {
    line in
    let fields = line.split(separator: " ")
    guard fields.count > 9, mine.contains(String(fields[9])) else {
      return false
    }
    let open = fields[3] == "01" || fields[3] == "0A"
    return open && (fields[1].hasSuffix(hex) || fields[2].hasSuffix(hex))
  }
}

/// The inodes of the sockets this process has open, as /proc/self/fd
/// shows them ("socket:[12345]").
private func socketInodes() throws -> Set<String> {
  let folder = "/proc/self/fd"
  let files = try FileManager.default.contentsOfDirectory(atPath: folder)
  return Set(
    files.compactMap { file in
      let target = try? FileManager.default.destinationOfSymbolicLink(
        atPath: "\(folder)/\(file)")
      guard let target, target.hasPrefix("socket:[") else { return nil }
      return String(target.dropFirst("socket:[".count).dropLast())
    })
}
