import CourseTestSupport
import Foundation
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

/// An error a test's body throws, to check it comes out unchanged.
private struct Boom: Error, Equatable {
  let id: Int
}

/// Whether a file is at `url`.
private func exists(_ url: URL) -> Bool {
  FileManager.default.fileExists(atPath: url.path)
}

/// A short description of `error`: Foundation's file errors otherwise
/// print their whole user info.
private func describe(_ error: any Error) -> String {
  if let error = error as? CocoaError {
    return "CocoaError(\"\(error.localizedDescription)\")"
  }
  return "\(error)"
}

/// Starts a task on `loop` that waits until `time`, then runs `body`.
@discardableResult
private func at<Value: Sendable>(
  _ time: Duration,
  on loop: EventLoop,
  _ body: @escaping @Sendable () async throws -> Value
) -> Task<Value, any Error> {
  Task(executorPreference: loop) {
    try await loop.sleep(until: time)
    return try await body()
  }
}

/// Removes the files a wrong answer left behind, once the checks are done,
/// so that failed attempts do not pile up in the temporary directory.
private func tidy(_ urls: [URL]) {
  for url in urls { try? FileManager.default.removeItem(at: url) }
}

@Suite("Chapter 7 exercises")
struct Lesson07AsyncContextManagersTests {
  // MARK: 7.1

  @Test("Exercise 7.1: the body gets a new file with the contents in it")
  func temporaryFileHasTheContents() throws {
    let outcome = try attemptOnLoop(
      "7.1", ifStuck: "withTemporaryFile never returned"
    ) { _ in
      try await withTemporaryFile(contents: "hello, file") { url in
        (url, try? String(contentsOf: url, encoding: .utf8))
      }
    }
    guard let (url, contents) = outcome else { return }
    defer { tidy([url]) }
    #expect(
      contents == "hello, file",
      "the body must find a file at its URL with `contents` in it; found \(contents.map { "\"\($0)\"" } ?? "no file")"
    )
    #expect(
      url.deletingLastPathComponent().standardizedFileURL.path
        == FileManager.default.temporaryDirectory.standardizedFileURL.path,
      "the file must be in FileManager.default.temporaryDirectory, not \(url.path)"
    )
    #expect(
      !exists(url),
      "the file must be removed once the body has returned; \(url.path) is still there"
    )
  }

  @Test("Exercise 7.1: returns what the body returns, after removing the file")
  func temporaryFileReturnsTheBodysValue() throws {
    let seen = Recorder<Bool>()
    let outcome = try attemptOnLoop(
      "7.1", ifStuck: "withTemporaryFile never returned"
    ) { loop in
      let url = try await withTemporaryFile(contents: "x") { url in
        try await loop.clock.sleep(for: .milliseconds(100))
        seen.record(exists(url))
        return url
      }
      return (url, exists(url))
    }
    guard let (url, stillThere) = outcome else { return }
    defer { tidy([url]) }
    #expect(
      seen.all == [true],
      "the file must still be there while the body runs, after an await too"
    )
    #expect(
      !stillThere,
      "the file must be gone by the time withTemporaryFile returns"
    )
  }

  @Test("Exercise 7.1: removes the file and rethrows when the body throws")
  func temporaryFileBodyThrows() throws {
    let urls = Recorder<URL>()
    let outcome = try attemptOnLoop(
      "7.1", ifStuck: "withTemporaryFile never returned"
    ) { _ in
      do {
        try await withTemporaryFile(contents: "x") { url in
          urls.record(url)
          throw Boom(id: 7)
        }
        return "returned normally"
      } catch let boom as Boom {
        return "threw Boom(id: \(boom.id))"
      } catch {
        return "threw \(describe(error))"
      }
    }
    guard let outcome, let url = urls.all.first else { return }
    defer { tidy([url]) }
    #expect(
      outcome == "threw Boom(id: 7)",
      "the body's error must come out unchanged, but withTemporaryFile \(outcome)"
    )
    #expect(
      !exists(url),
      "the file must be removed when the body throws too; \(url.path) is still there"
    )
  }

  @Test("Exercise 7.1: removes the file when the task is cancelled")
  func temporaryFileCancelled() throws {
    let loop = EventLoop(mode: .simulated)
    let urls = Recorder<URL>()
    let outcome = try attemptCall(
      "7.1", on: loop, cancelAfter: .milliseconds(500),
      ifStuck: "withTemporaryFile never returned"
    ) {
      try await withTemporaryFile(contents: "x") { url in
        urls.record(url)
        try await loop.clock.sleep(for: .seconds(1))
        return "slept"
      }
    }
    guard let outcome, let url = urls.all.first else { return }
    defer { tidy([url]) }
    #expect(
      outcome == .cancellationError(at: .milliseconds(500)),
      "cancelled at 0.5 s while the body sleeps, withTemporaryFile must throw CancellationError then; it \(outcome)"
    )
    #expect(
      !exists(url),
      "the file must be removed when the task is cancelled too; \(url.path) is still there"
    )
  }

  @Test("Exercise 7.1: two at once get two files")
  func temporaryFilesAtOnce() throws {
    let outcome = try attemptOnLoop(
      "7.1", ifStuck: "withTemporaryFile never returned"
    ) { loop in
      @Sendable func use(_ contents: String) async throws -> (URL, String?) {
        try await withTemporaryFile(contents: contents) { url in
          try await loop.clock.sleep(for: .milliseconds(100))
          return (url, try? String(contentsOf: url, encoding: .utf8))
        }
      }
      async let first = use("first")
      async let second = use("second")
      return try await [first, second]
    }
    guard let outcome else { return }
    defer { tidy(outcome.map(\.0)) }
    #expect(
      outcome[0].0 != outcome[1].0,
      "two calls at once must get two files, but both got \(outcome[0].0.path): give each a name no other call uses"
    )
    #expect(
      outcome.map(\.1) == ["first", "second"],
      "each body must read its own contents; they read \(outcome.map(\.1))"
    )
    #expect(
      !outcome.contains { exists($0.0) },
      "both files must be removed"
    )
  }

  @Test("Exercise 7.1: a body that removes the file itself is not an error")
  func temporaryFileRemovedByTheBody() throws {
    let outcome = try attemptOnLoop(
      "7.1", ifStuck: "withTemporaryFile never returned"
    ) { _ in
      var outcomes: [String] = []
      do {
        outcomes.append(
          try await withTemporaryFile(contents: "x") { url in
            // No file at all is for the other tests to report.
            if exists(url) { try FileManager.default.removeItem(at: url) }
            return "returned 42"
          })
      } catch {
        outcomes.append("threw \(describe(error))")
      }
      do {
        try await withTemporaryFile(contents: "x") { url in
          if exists(url) { try FileManager.default.removeItem(at: url) }
          throw Boom(id: 8)
        }
        outcomes.append("returned normally")
      } catch let boom as Boom {
        outcomes.append("threw Boom(id: \(boom.id))")
      } catch {
        outcomes.append("threw \(describe(error))")
      }
      return outcomes
    }
    guard let outcome else { return }
    #expect(
      outcome[0] == "returned 42",
      "the body removed the file itself, so there is nothing to remove: withTemporaryFile must return the body's value, but it \(outcome[0])"
    )
    #expect(
      outcome[1] == "threw Boom(id: 8)",
      "the body removed the file itself, then threw Boom(id: 8): that error must come out unchanged, not the removal's error; withTemporaryFile \(outcome[1])"
    )
  }

  // MARK: 7.2

  @Test("Exercise 7.2: takes free permits, then tasks wait in line")
  func semaphoreCounts() throws {
    let outcome = try attemptOnLoop(
      "7.2", ifStuck: "a task waited for a permit that never came"
    ) { loop in
      let semaphore = Semaphore(permits: 2, executor: loop)
      let start = (await semaphore.available, await semaphore.waiting)
      for _ in 1...3 {
        at(.milliseconds(100), on: loop) { try await semaphore.acquire() }
      }
      try await loop.sleep(until: .milliseconds(200))
      let busy = (await semaphore.available, await semaphore.waiting)
      await semaphore.release()
      try await loop.sleep(until: .milliseconds(300))
      let after = (await semaphore.available, await semaphore.waiting)
      return [start, busy, after].map { "\($0.0) free, \($0.1) waiting" }
    }
    guard let outcome else { return }
    #expect(
      outcome == [
        "2 free, 0 waiting", "0 free, 1 waiting", "0 free, 0 waiting",
      ],
      """
      with 2 permits: at first 2 free; three acquire() calls take both and \
      leave one waiting; a release() hands its permit to the waiting one. \
      Got: \(outcome)
      """
    )
  }

  @Test("Exercise 7.2: waiting tasks get permits in the order they came")
  func semaphoreFirstComeFirstServed() throws {
    let outcome = try attemptOnLoop(
      "7.2", ifStuck: "a task waited for a permit that never came"
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      let got = Recorder<String>()
      for (index, name) in ["A", "B", "C", "D"].enumerated() {
        at(.milliseconds(100 * index), on: loop) {
          try await semaphore.acquire()
          got.record("\(name) at \(Console.seconds(loop.now)) s")
        }
      }
      for time in [1000, 1100, 1200] {
        try await loop.sleep(until: .milliseconds(time))
        await semaphore.release()
      }
      try await loop.sleep(until: .milliseconds(1300))
      return got.all
    }
    guard let outcome else { return }
    #expect(
      outcome == ["A at 0.0 s", "B at 1.0 s", "C at 1.1 s", "D at 1.2 s"],
      """
      A takes the only permit; B, C and D wait, in that order, and each \
      release() at 1.0, 1.1 and 1.2 s hands the permit to the first in \
      line. Got: \(outcome)
      """
    )
  }

  @Test(
    "Exercise 7.2: a released permit goes to the first in line, not a newcomer")
  func semaphoreNoJumpingTheLine() throws {
    let outcome = try attemptOnLoop(
      "7.2", ifStuck: "a task waited for a permit that never came"
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      let got = Recorder<String>()
      try await semaphore.acquire()
      got.record("A at \(Console.seconds(loop.now)) s")
      at(.milliseconds(100), on: loop) {
        try await semaphore.acquire()
        got.record("B at \(Console.seconds(loop.now)) s")
        try await loop.sleep(until: .milliseconds(1500))
        await semaphore.release()
      }
      try await loop.sleep(until: .seconds(1))
      // A gives the permit back, and at once asks for it again.
      await semaphore.release()
      try await semaphore.acquire()
      got.record("A again at \(Console.seconds(loop.now)) s")
      await semaphore.release()
      return got.all
    }
    guard let outcome else { return }
    #expect(
      outcome == ["A at 0.0 s", "B at 1.0 s", "A again at 1.5 s"],
      """
      A holds the only permit, and B waits from 0.1 s. At 1.0 s A releases \
      and at once calls acquire() again: the permit is B's, handed over by \
      release(), and A must wait in line until B releases at 1.5 s. A \
      permit put back with the free ones, for the woken waiter to take, \
      goes to whoever asks first. Got: \(outcome)
      """
    )
  }

  @Test("Exercise 7.2: a cancelled waiter throws at once and leaves the line")
  func semaphoreCancelledWaiter() throws {
    let outcome = try attemptOnLoop(
      "7.2",
      ifStuck: """
        a task waited forever: is a cancelled waiter's continuation resumed \
        (throwing CancellationError)?
        """
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      let log = Recorder<String>()
      var tasks: [String: Task<Void, any Error>] = [:]
      for (index, name) in ["A", "B", "C", "D"].enumerated() {
        tasks[name] = at(.milliseconds(100 * index), on: loop) {
          do {
            try await semaphore.acquire()
            log.record("\(name) got a permit at \(Console.seconds(loop.now)) s")
          } catch {
            log.record(
              "\(name) threw \(error) at \(Console.seconds(loop.now)) s")
          }
        }
      }
      try await loop.sleep(until: .milliseconds(400))
      await semaphore.release()
      try await loop.sleep(until: .milliseconds(500))
      tasks["C"]?.cancel()
      try await loop.sleep(until: .milliseconds(600))
      let counts = (await semaphore.available, await semaphore.waiting)
      log.record("at 0.6 s: \(counts.0) free, \(counts.1) waiting")
      for time in [1000, 1100] {
        try await loop.sleep(until: .milliseconds(time))
        await semaphore.release()
      }
      try await loop.sleep(until: .milliseconds(1200))
      let end = (await semaphore.available, await semaphore.waiting)
      log.record("at the end: \(end.0) free, \(end.1) waiting")
      return log.all
    }
    guard let outcome else { return }
    #expect(
      outcome == [
        "A got a permit at 0.0 s",
        "B got a permit at 0.4 s",
        "C threw CancellationError() at 0.5 s",
        "at 0.6 s: 0 free, 1 waiting",
        "D got a permit at 1.0 s",
        "at the end: 1 free, 0 waiting",
      ],
      """
      B, C and D wait; a release at 0.4 s serves B; C's task is cancelled \
      at 0.5 s, so C must throw CancellationError then, not when a permit \
      comes, and leave the line, so that D is next: at 1.0 s. Got: \
      \(outcome)
      """
    )
  }

  @Test("Exercise 7.2: a task that is already cancelled takes no permit")
  func semaphoreAlreadyCancelled() throws {
    let loop = EventLoop(mode: .simulated)
    let semaphore = Semaphore(permits: 1, executor: loop)
    let outcome = try attemptCall(
      "7.2", on: loop, cancelAfter: .zero,
      ifStuck: "acquire() in a cancelled task never returned"
    ) {
      try await semaphore.acquire()
      return "a permit"
    }
    guard let outcome else { return }
    let free = try run(loop, ifStuck: "available never answered") {
      await semaphore.available
    }
    #expect(
      outcome == .cancellationError(at: .zero),
      "acquire() in a task that is already cancelled must throw CancellationError at once, even with a permit free; it \(outcome)"
    )
    #expect(
      free == 1, "and take no permit: 1 must still be free, not \(free ?? 0)")
  }

  @Test("Exercise 7.2: a waiter served as it is cancelled loses no permit")
  func semaphoreServedAndCancelled() throws {
    let outcome = try attemptOnLoop(
      "7.2", ifStuck: "a task waited for a permit that never came"
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      try await semaphore.acquire()
      let waiter = at(.milliseconds(100), on: loop) {
        do {
          try await semaphore.acquire()
        } catch {
          return "threw \(error)"
        }
        await semaphore.release()
        return "got the permit, and released it"
      }
      try await loop.sleep(until: .milliseconds(500))
      // The permit goes to the waiter, and at once its task is cancelled.
      await semaphore.release()
      waiter.cancel()
      let ended = try await waiter.value
      try await loop.sleep(until: .milliseconds(600))
      return (ended, await semaphore.available, await semaphore.waiting)
    }
    guard let (ended, free, waiting) = outcome else { return }
    #expect(
      free == 1 && waiting == 0,
      """
      release() handed the only permit to the waiter, whose task was then \
      cancelled (it \(ended)). By the end the permit must be free again, \
      but \(free) are free and \(waiting) waiting: a waiter that has been \
      handed a permit either keeps it (acquire returns) or gives it back
      """
    )
  }

  @Test("Exercise 7.2: withPermit gives the permit back on every path")
  func semaphoreWithPermit() throws {
    let outcome = try attemptOnLoop(
      "7.2", ifStuck: "withPermit never returned"
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      var log: [String] = []
      let value = try await semaphore.withPermit {
        await semaphore.available
      }
      log.append(
        "returned; inside 0 free: \(value == 0); after, \(await semaphore.available) free"
      )
      do {
        try await semaphore.withPermit { throw Boom(id: 1) }
      } catch {
        log.append(
          "threw \(error); after, \(await semaphore.available) free")
      }
      let cancelled = at(.zero, on: loop) {
        try await semaphore.withPermit {
          try await loop.clock.sleep(for: .seconds(1))
        }
      }
      try await loop.sleep(until: .milliseconds(500))
      cancelled.cancel()
      let result = await cancelled.result
      log.append(
        "cancelled: \(result); after, \(await semaphore.available) free")
      return log
    }
    guard let outcome else { return }
    #expect(
      outcome == [
        "returned; inside 0 free: true; after, 1 free",
        "threw Boom(id: 1); after, 1 free",
        "cancelled: failure(Swift.CancellationError()); after, 1 free",
      ],
      """
      withPermit must hold the permit while the body runs, and give it back \
      when the body returns, throws (rethrowing the error unchanged), or is \
      cancelled. Got: \(outcome)
      """
    )
  }

  @Test("Exercise 7.2: withPermit releases nothing if acquire() throws")
  func semaphoreWithPermitCancelledWaiting() throws {
    let outcome = try attemptOnLoop(
      "7.2",
      ifStuck: "a task waited forever: is a cancelled waiter resumed?"
    ) { loop in
      let semaphore = Semaphore(permits: 1, executor: loop)
      try await semaphore.acquire()
      let waiter = at(.milliseconds(100), on: loop) {
        try await semaphore.withPermit { "ran the body" }
      }
      try await loop.sleep(until: .milliseconds(500))
      waiter.cancel()
      let result = await waiter.result
      try await loop.sleep(until: .milliseconds(600))
      let free = await semaphore.available
      await semaphore.release()
      return ("\(result)", free, await semaphore.available)
    }
    guard let (result, whileHeld, afterRelease) = outcome else { return }
    #expect(
      result == "failure(Swift.CancellationError())",
      "withPermit, cancelled while it waits for a permit, must throw CancellationError without running the body; got \(result)"
    )
    #expect(
      whileHeld == 0 && afterRelease == 1,
      """
      with the only permit held, a withPermit cancelled while it waited \
      must release nothing: expected 0 free, then 1 once the holder \
      releases; got \(whileHeld), then \(afterRelease)
      """
    )
  }

  // MARK: 7.3

  /// Runs `runCleanup(within: 1 s)` in a task on a fresh loop, cancelled
  /// before it starts if `cancelled`, with a cleanup that waits `cleanupTakes`
  /// on the loop's clock (in a task of its own, which its cancellation
  /// cannot cut short, if `ignoringCancellation`) and then throws
  /// `throwing`, if given. Returns the outcome and when it came, and what
  /// the cleanup saw.
  private func attemptCleanup(
    cancelled: Bool,
    cleanupTakes: Duration,
    ignoringCancellation: Bool = false,
    throwing error: Boom? = nil
  ) throws -> (outcome: String, cleanup: [String])? {
    let loop = EventLoop(mode: .simulated)
    let seen = Recorder<String>()
    let ended = try attemptInTask(
      "7.3", on: loop, cancelAfter: cancelled ? .zero : nil,
      ifStuck: """
        runCleanup never returned. A task started with Task { } or \
        Task.detached runs off the course's loop, which cannot wait for it: \
        start it with Task(executorPreference: executor)
        """
    ) {
      await runCleanup(
        within: .seconds(1), clock: loop.clock, executor: loop
      ) {
        seen.record(
          "started at \(Console.seconds(loop.now)) s, cancelled: \(Task.isCancelled)"
        )
        do {
          if ignoringCancellation {
            try await Task(executorPreference: loop) {
              try await loop.clock.sleep(for: cleanupTakes)
            }.value
          } else {
            try await loop.clock.sleep(for: cleanupTakes)
          }
        } catch {
          seen.record(
            "its wait threw \(error) at \(Console.seconds(loop.now)) s")
          throw error
        }
        if let error { throw error }
        seen.record("finished at \(Console.seconds(loop.now)) s")
      }
    }
    guard let ended else { return nil }
    let outcome = ended.result.map { "\($0)" }
    return (
      "\((try? outcome.get()) ?? "threw") at \(Console.seconds(ended.at)) s",
      seen.all
    )
  }

  @Test("Exercise 7.3: a cleanup that finishes in time: .finished, at once")
  func cleanupFinishes() throws {
    guard
      let (outcome, cleanup) = try attemptCleanup(
        cancelled: false, cleanupTakes: .milliseconds(100))
    else { return }
    #expect(
      cleanup == [
        "started at 0.0 s, cancelled: false", "finished at 0.1 s",
      ],
      "the cleanup must start at once and run once; it saw \(cleanup)"
    )
    #expect(
      outcome == "finished at 0.1 s",
      "a cleanup that takes 0.1 s of a 1 s timeout: runCleanup must return .finished when the cleanup ends, at 0.1 s: not before (await it), and not at the timeout, 1.0 s; got \(outcome)"
    )
  }

  @Test(
    "Exercise 7.3: in a cancelled task, the cleanup still waits and finishes")
  func cleanupInACancelledTask() throws {
    guard
      let (outcome, cleanup) = try attemptCleanup(
        cancelled: true, cleanupTakes: .milliseconds(100))
    else { return }
    #expect(
      cleanup == [
        "started at 0.0 s, cancelled: false", "finished at 0.1 s",
      ],
      "called from a cancelled task, the cleanup must not see the cancellation: its wait on the clock must wait. It saw \(cleanup)"
    )
    #expect(
      outcome == "finished at 0.1 s",
      "called from a cancelled task, runCleanup must still let the cleanup finish: got \(outcome)"
    )
  }

  @Test("Exercise 7.3: a cleanup that throws: .failed with its error")
  func cleanupFails() throws {
    guard
      let (outcome, _) = try attemptCleanup(
        cancelled: false, cleanupTakes: .milliseconds(200),
        throwing: Boom(id: 3))
    else { return }
    #expect(
      outcome == #"failed("Boom(id: 3)") at 0.2 s"#,
      "a cleanup that throws Boom(id: 3) at 0.2 s: runCleanup must return .failed(\"\\(error)\") then; got \(outcome)"
    )
  }

  @Test("Exercise 7.3: a cleanup too slow is cancelled at the deadline")
  func cleanupTimesOut() throws {
    guard
      let (outcome, cleanup) = try attemptCleanup(
        cancelled: false, cleanupTakes: .seconds(5))
    else { return }
    #expect(
      cleanup == [
        "started at 0.0 s, cancelled: false",
        "its wait threw CancellationError() at 1.0 s",
      ],
      "a cleanup that would take 5 s must be cancelled at the 1 s deadline; it saw \(cleanup)"
    )
    #expect(
      outcome == "timedOut at 1.0 s",
      "runCleanup must return .timedOut at the deadline, 1.0 s; got \(outcome)"
    )
  }

  @Test("Exercise 7.3: a cleanup deaf to cancellation: .timedOut once it stops")
  func cleanupIgnoresItsCancellation() throws {
    guard
      let (outcome, _) = try attemptCleanup(
        cancelled: false, cleanupTakes: .milliseconds(1500),
        ignoringCancellation: true)
    else { return }
    #expect(
      outcome == "timedOut at 1.5 s",
      """
      a cleanup that ignores its cancellation, and finishes at 1.5 s: the \
      1 s deadline came first, so runCleanup must return .timedOut, even \
      though the cleanup then finished, and only once it has stopped, at \
      1.5 s; got \(outcome)
      """
    )
  }

  @Test("Exercise 7.3: in a cancelled task, the deadline still holds")
  func cleanupTimesOutInACancelledTask() throws {
    guard
      let (outcome, cleanup) = try attemptCleanup(
        cancelled: true, cleanupTakes: .seconds(5))
    else { return }
    #expect(
      cleanup == [
        "started at 0.0 s, cancelled: false",
        "its wait threw CancellationError() at 1.0 s",
      ],
      "called from a cancelled task, the cleanup still gets its full second: it saw \(cleanup)"
    )
    #expect(
      outcome == "timedOut at 1.0 s",
      "called from a cancelled task, the deadline must still be 1 s away: the timer must not see the caller's cancellation either. Got \(outcome)"
    )
  }
}
