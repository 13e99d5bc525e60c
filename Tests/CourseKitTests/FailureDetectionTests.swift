import Dispatch
import Synchronization
import Testing

@testable import CourseKit

/// Runs `work` on another thread and blocks this thread until it is done, so
/// that the foreign access happens while the loop is certainly running.
private func onAnotherThread(_ work: @escaping @Sendable () -> Void) {
  let done = DispatchSemaphore(value: 0)
  DispatchQueue.global().async {
    work()
    done.signal()
  }
  done.wait()
}

private final class Waiting: Sendable {
  let continuation = Mutex<UnsafeContinuation<Void, Never>?>(nil)
}

@Suite("Event loop: escaped work and deadlocks")
struct FailureDetectionTests {
  @Test("a callback scheduled from another thread is reported")
  func foreignCallSoon() {
    let loop = EventLoop(mode: .simulated)
    loop.callSoon {
      onAnotherThread { loop.callSoon {} }
    }
    #expect(
      throws: LoopError.escaped("callSoon was called from another thread")
    ) {
      try loop.run()
    }
  }

  @Test("an escaped task that prints is reported")
  func escapedTaskReadsClock() {
    let loop = EventLoop(mode: .simulated)
    let console = Console.recording()
    console.startClock(loop.clock)
    loop.callSoon {
      onAnotherThread { console.log("from a plain Task { }") }
    }
    #expect(
      throws: LoopError.escaped(
        "the loop's clock was read from another thread"
      )
    ) {
      try loop.run()
    }
  }

  @Test("a task resumed from another thread is reported")
  func foreignResume() {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    let waiting = Waiting()
    #expect(
      throws: LoopError.escaped(
        "a task's job was enqueued from another thread"
      )
    ) {
      try loop.run {
        let waiter = Task(executorPreference: loop) {
          await withUnsafeContinuation { continuation in
            waiting.continuation.withLock { $0 = continuation }
          }
        }
        try await clock.sleep(for: .seconds(1))
        let continuation = waiting.continuation.withLock { $0 }
        onAnotherThread { continuation?.resume() }
        await waiter.value
      }
    }
  }

  @Test("a main task waiting for nothing is a deadlock, not a hang")
  func deadlock() {
    let loop = EventLoop(mode: .simulated)
    let clock = loop.clock
    #expect(throws: LoopError.self) {
      try loop.run {
        try await clock.sleep(for: .seconds(3))
        await withUnsafeContinuation { (_: UnsafeContinuation<Void, Never>) in
        }
      }
    }
    #expect(loop.now == .seconds(3))
  }

  @Test("the deadlock message says when and what to check")
  func deadlockMessage() {
    let error = LoopError.deadlock(
      "at [3.0s] the main task is still waiting and the loop has nothing "
        + "left to run"
    )
    #expect(error.description.contains("[3.0s]"))
    #expect(error.description.contains("never called"))
  }

  @Test("run() inside a running loop is refused")
  func reentrantRun() {
    let loop = EventLoop(mode: .simulated)
    let inner = Mutex<LoopError?>(nil)
    loop.callSoon {
      do throws(LoopError) { try loop.run() } catch {
        inner.withLock { $0 = error }
      }
    }
    #expect(throws: Never.self) { try loop.run() }
    #expect(inner.withLock { $0 } == .alreadyRunning)
  }
}
