import CourseTestSupport
import Dispatch
import Foundation
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

/// An error a test's work throws, to check it comes out unchanged.
private struct Boom: Error, Equatable {
  let id: Int
}

/// Marks the queue the tests hand to `runBlocking`, so that `work` can
/// tell whether it runs on it.
private let marker = DispatchSpecificKey<String>()

/// A serial queue of its own for one blocking call, marked. A serial queue
/// gets a thread as soon as it has work, even while other queues' threads
/// block; on Linux a concurrent queue adds threads about once a second, and
/// shares them with Swift's pool.
private func blockingQueue() -> DispatchQueue {
  let queue = DispatchQueue(label: "exercise 8.1")
  queue.setSpecific(key: marker, value: "the test's queue")
  return queue
}

/// How long a test's blocking call waits for what should release it before
/// it gives up. Only a wrong answer ever waits that long: a right one is
/// released as soon as the releasing task gets a thread of Swift's pool.
/// `make exercise-8` runs these tests one at a time, so a thread is free at
/// once (and the course calls a test that runs over 6 s a hang, so the
/// verdict must come sooner); `make test` runs every test at once, and
/// tests that block a thread for seconds can keep the pool busy meanwhile.
#if LEARNER
  private let patienceInSeconds = 3
#else
  private let patienceInSeconds = 60
#endif
private let patience = DispatchTimeInterval.seconds(patienceInSeconds)

/// A semaphore wait that gives up after `patience`, and at once after any
/// other wait has given up, so a wrong answer gets its verdict in seconds.
private final class Gate: Sendable {
  private let semaphore = DispatchSemaphore(value: 0)
  private let gaveUp = Recorder<Bool>()

  /// Waits for `open()`; false if it gave up.
  func wait() -> Bool {
    if !gaveUp.all.isEmpty { return false }
    let opened = semaphore.wait(timeout: .now() + patience) == .success
    if !opened { gaveUp.record(true) }
    return opened
  }

  func open(_ count: Int = 1) {
    for _ in 0..<count { semaphore.signal() }
  }
}

/// Why 8.2 never returned on the course's loop: its parts ran elsewhere.
private let stuckOnTheLoop = """
  inChunks never returned on the course's loop. Run each part in a child \
  task of a task group (withTaskGroup), which runs where its caller runs; \
  a Task.detached or a plain Task { } runs elsewhere, and its children \
  are not the caller's.
  """

/// `0..<4`, as Swift writes it, rather than `Range(0..<4)`.
private func show(_ range: Range<Int>) -> String {
  "\(range.lowerBound)..<\(range.upperBound)"
}

private func show(_ parts: [Range<Int>]) -> String {
  "[" + parts.map(show).joined(separator: ", ") + "]"
}

/// The cores Swift's pool has threads for.
private let cores = ProcessInfo.processInfo.activeProcessorCount

/// The CPU time this process has used so far, all its threads together.
private func processorTime() -> Duration {
  var now = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
  return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
}

/// Whether a test has the process to itself, so that the CPU time used
/// while it runs is its own: `make exercise-8` runs one test at a time,
/// `make test` every test at once.
#if LEARNER
  private let testsRunAlone = true
#else
  private let testsRunAlone = false
#endif

// One test at a time: a wrong answer to 8.1 can hold the pool's threads for
// seconds, and the other tests need them.
@Suite("Chapter 8 exercises", .serialized)
struct Lesson08PerformanceTests {

  // MARK: - Exercise 8.1

  @Test("Exercise 8.1: returns what work returns, computed on the queue")
  func returnsOnTheQueue() async throws {
    let queue = blockingQueue()
    let outcome = try await attempt("8.1") {
      try await runBlocking(on: queue) {
        (42, DispatchQueue.getSpecific(key: marker) == "the test's queue")
      }
    }
    guard let (value, onTheQueue) = outcome else { return }
    #expect(value == 42, "work returned 42, and the call returned \(value)")
    #expect(
      onTheQueue,
      """
      work ran somewhere other than the queue it was given: hand it to \
      queue.async { … }
      """
    )
  }

  @Test("Exercise 8.1: throws what work throws, unchanged")
  func throwsWhatWorkThrows() async throws {
    let queue = blockingQueue()
    let outcome = try await attempt("8.1") { () async -> String in
      // The call in a task of its own, and a limit on the wait for it: a
      // continuation that is never resumed would keep the test waiting.
      let (ends, end) = AsyncStream.makeStream(of: String.self)
      Task {
        do {
          let value = try await runBlocking(on: queue) { () throws -> Int in
            throw Boom(id: 7)
          }
          end.yield("returned \(value)")
        } catch {
          end.yield("threw \(error)")
        }
      }
      let limit = Task {
        try await Task.sleep(for: .seconds(patienceInSeconds))
        end.yield(
          """
          had neither returned nor thrown \(patienceInSeconds) s later: a \
          continuation that is never resumed waits forever. Resume it on \
          every path, with the error too.
          """)
      }
      defer { limit.cancel() }
      for await first in ends { return first }
      return "ended"  // Never: nothing finishes the stream.
    }
    guard let outcome else { return }
    #expect(
      outcome == "threw \(Boom(id: 7))",
      "work threw Boom(id: 7), and the call \(outcome)")
  }

  @Test("Exercise 8.1: many blocking calls at once leave the pool free")
  func leavesThePoolFree() async throws {
    // More calls than the pool has threads: if each held one, the pool
    // would have none left. Each gets a queue of its own.
    let calls = cores + 2
    let gate = Gate()
    let (started, starting) = AsyncStream.makeStream(of: Void.self)
    let outcome = try await attempt("8.1") {
      try await withThrowingTaskGroup(of: Bool.self) { group in
        for _ in 0..<calls {
          let queue = blockingQueue()
          group.addTask {
            try await runBlocking(on: queue) {
              starting.yield()
              return gate.wait()
            }
          }
        }
        // A task on Swift's pool, that releases the calls once they have
        // all started. It runs only if they left it a thread.
        group.addTask {
          var count = 0
          for await _ in started {
            count += 1
            if count == calls { break }
          }
          gate.open(calls)
          return true
        }
        var released: [Bool] = []
        for try await call in group { released.append(call) }
        return released
      }
    }
    guard let released = outcome else { return }
    #expect(
      released.allSatisfy { $0 },
      """
      \(calls) calls blocked at once, and a task on Swift's pool that would \
      release them could not run for \(patienceInSeconds) s: the calls held \
      the pool's \(cores) threads. Run work on the queue (queue.async), and \
      suspend the caller with a continuation until it is done.
      """)
  }

  @Test("Exercise 8.1: a call from a cancelled task does not run work")
  func cancelledBeforeTheCall() async throws {
    let queue = blockingQueue()
    let ran = Recorder<Bool>()
    let outcome = try await attempt("8.1") {
      await Task { () -> String in
        withUnsafeCurrentTask { $0?.cancel() }
        do {
          let value = try await runBlocking(on: queue) {
            ran.record(true)
            return 1
          }
          return "returned \(value)"
        } catch {
          return "threw \(error)"
        }
      }.value
    }
    guard let outcome else { return }
    #expect(
      outcome == "threw CancellationError()",
      """
      called from a cancelled task, the call must throw CancellationError; \
      it \(outcome)
      """
    )
    #expect(
      ran.all.isEmpty,
      """
      called from a cancelled task, the call ran work: check for \
      cancellation before you start it, in the calling task. Code that \
      queue.async runs is in no task, where Task.isCancelled is always false.
      """
    )
  }

  @Test("Exercise 8.1: cancelled while work runs, the call still returns")
  func cancelledWhileWorking() async throws {
    let queue = blockingQueue()
    let gate = Gate()
    let (started, starting) = AsyncStream.makeStream(of: Void.self)
    let outcome = try await attempt("8.1") { () async throws -> String in
      let task = Task { () -> String in
        // Ends the stream too if the call ends without running work.
        defer { starting.finish() }
        do {
          let value = try await runBlocking(on: queue) {
            starting.yield()
            return gate.wait() ? 7 : -1
          }
          return "returned \(value)"
        } catch {
          return "threw \(error)"
        }
      }
      var events = started.makeAsyncIterator()
      guard await events.next() != nil else {
        return "ended without running work: \(await task.value)"
      }
      task.cancel()
      gate.open()
      let result = await task.value
      // Wait for what the queue runs to end too: a second resume of the
      // continuation then stops the program in this test, not a later one.
      await withCheckedContinuation { ended in
        queue.async(flags: .barrier) { ended.resume() }
      }
      return result
    }
    guard let outcome else { return }
    #expect(
      outcome == "returned 7",
      """
      The task was cancelled while work ran, and work then returned 7. \
      Nothing can stop a blocking call once it runs, so the call must wait \
      for it and return its result; it \(outcome).
      """)
  }

  @Test(
    "Exercise 8.1: the caller waits without using the CPU",
    .enabled(if: testsRunAlone, "needs the process to itself"))
  func waitsWithoutTheCPU() async throws {
    let queue = blockingQueue()
    let outcome = try await attempt("8.1") { () async throws -> Duration in
      let before = processorTime()
      try await runBlocking(on: queue) { Thread.sleep(forTimeInterval: 0.5) }
      return processorTime() - before
    }
    guard let used = outcome else { return }
    #expect(
      used < .milliseconds(100),
      """
      work slept for 0.5 s, and meanwhile the process used \
      \(Console.seconds(used)) s of CPU time: the calling task kept a core \
      busy instead of waiting. Suspend it with a continuation, which takes \
      no CPU until work resumes it; a loop that looks for the result, with \
      Task.yield() in between, never stops.
      """)
  }

  // MARK: - Exercise 8.2

  @Test(
    "Exercise 8.2: the parts are contiguous, in order, near-equal",
    arguments: [
      (0..<10, 3, [0..<4, 4..<7, 7..<10]),
      (5..<17, 4, [5..<8, 8..<11, 11..<14, 14..<17]),
      (0..<8, 3, [0..<3, 3..<6, 6..<8]),
      (-5..<5, 2, [-5..<0, 0..<5]),
      (0..<3, 8, [0..<1, 1..<2, 2..<3]),
      (0..<7, 1, [0..<7]),
      (0..<7, 0, [0..<7]),
      (0..<7, -2, [0..<7]),
      (0..<0, 4, []),
    ])
  func parts(range: Range<Int>, chunks: Int, expected: [Range<Int>])
    async throws
  {
    let outcome = try await attempt("8.2") {
      await inChunks(range, chunks: chunks) { $0 }
    }
    guard let parts = outcome else { return }
    #expect(
      parts == expected,
      """
      inChunks(\(show(range)), chunks: \(chunks)) should work on \
      \(show(expected)), in that order; it worked on \(show(parts))
      """
    )
  }

  @Test("Exercise 8.2: the results are in the parts' order")
  func inOrder() throws {
    // On the course's loop: part 0 takes 4 s, part 3 takes 1 s, so they
    // finish last to first, every run.
    let outcome = try attemptOnLoop(
      "8.2",
      ifStuck: stuckOnTheLoop
    ) { loop in
      await inChunks(0..<4, chunks: 4) { part in
        try? await loop.clock.sleep(for: .seconds(4 - part.lowerBound))
        return part.lowerBound
      }
    }
    guard let results = outcome else { return }
    #expect(
      results == [0, 1, 2, 3],
      """
      The parts finished last to first; the results must still be in the \
      parts' order, [0, 1, 2, 3], but were \(results). Put each result in \
      its part's place.
      """)
  }

  @Test("Exercise 8.2: every part starts at once")
  func allStartAtOnce() throws {
    // On the course's loop: each part takes a second. Run at once, they
    // all start at 0.0 s; one after another, at 0.0, 1.0 and 2.0 s.
    let outcome = try attemptOnLoop(
      "8.2",
      ifStuck: stuckOnTheLoop
    ) { loop in
      await inChunks(0..<3, chunks: 3) { _ in
        let start = loop.now
        try? await loop.clock.sleep(for: .seconds(1))
        return start
      }
    }
    guard let starts = outcome else { return }
    let shown = starts.map { "\(Console.seconds($0)) s" }
    #expect(
      starts.allSatisfy { $0 == .zero },
      """
      Each part took a second, and they never ran at the same time: they \
      started at \(shown.joined(separator: ", ")), one after another. Add \
      every part to the task group before you wait for any.
      """)
  }

  // Real parallelism, on real threads: each part blocks its thread until
  // the other has started. A learner's run has the pool to itself; in
  // `make test`, other tests can hold its threads for tens of seconds, and
  // the part that waits holds one of its own meanwhile.
  @Test(
    "Exercise 8.2: the parts run at the same time",
    .enabled(if: cores >= 2, "needs two cores"),
    .enabled(if: testsRunAlone, "needs the pool to itself"))
  func inParallel() async throws {
    // Each part waits until the other has started: they meet only if both
    // run at once.
    let arrived = [Gate(), Gate()]
    let outcome = try await attempt("8.2") {
      await inChunks(0..<2, chunks: 2) { part in
        let me = part.lowerBound
        arrived[me].open()
        let met = arrived[1 - me].wait()
        arrived[1 - me].open()  // Leave the signal for a second look.
        return met
      }
    }
    guard let met = outcome else { return }
    #expect(
      met == [true, true],
      """
      Each part waited for the other to start, and they never ran at the \
      same time: the parts ran one after another. Run each in a child task \
      of a task group.
      """)
  }
}
