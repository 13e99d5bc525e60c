import Synchronization

/// A single-threaded event loop, like asyncio's, that runs callbacks and Swift
/// tasks in a deterministic order.
///
/// Callbacks and timers are easy to describe and hard to watch: on a real
/// runtime, two things due at the same instant can come out in either order,
/// and a demo of a 2-second wait takes 2 seconds. This loop fixes both. It runs
/// everything on the thread that called ``run()``, in the order it was
/// scheduled, and it keeps time in one of two modes:
///
/// - ``Mode/realTime``: when nothing is ready, it waits for the next timer.
/// - ``Mode/simulated``: when nothing is ready, it jumps straight to the next
///   timer, so a program that "takes" minutes runs in microseconds and prints
///   the same lines every time.
///
/// ```swift
/// let loop = EventLoop(mode: .simulated)
/// loop.callLater(after: .seconds(2)) { print("two seconds later") }
/// loop.callSoon { print("soon") }
/// try loop.run()  // prints "soon", then "two seconds later"
/// ```
///
/// The loop is also a `TaskExecutor`: start a task with
/// `Task(executorPreference: loop)`, or call ``run(_:)``, and the task, its
/// `async let`s and task-group children run here, sleeping on ``clock``.
public final class EventLoop: Sendable {
  /// How the loop keeps time.
  public enum Mode: Sendable {
    /// Waits in real time for the next timer.
    case realTime
    /// Jumps to the next timer as soon as nothing else is ready.
    case simulated
  }

  /// How this loop keeps time.
  let mode: Mode
  let state = Mutex(LoopState())
  private let origin = Mutex<ContinuousClock.Instant?>(nil)

  /// Creates a loop that keeps time in `mode`. Time starts at zero when the
  /// loop first runs.
  public init(mode: Mode) {
    self.mode = mode
  }

  /// The time since the loop started running: simulated or measured.
  public var now: Duration {
    let measured = measuredTime()
    return state.withLock { state in
      state.checkOnLoop("the loop's clock was read from another thread")
      if let measured, measured > state.now { state.now = measured }
      return state.now
    }
  }

  /// A `Clock` that tells the loop's time and sleeps on the loop's timers.
  public var clock: LoopClock { LoopClock(loop: self) }

  /// Schedules `callback` to run on the loop after the code that is running
  /// now, and after every callback scheduled before it.
  public func callSoon(_ callback: @escaping @Sendable () -> Void) {
    state.withLock { state in
      state.checkOnLoop("callSoon was called from another thread")
      state.ready.append(.callback(callback))
    }
  }

  /// Schedules `callback` to run on the loop once `delay` has passed.
  ///
  /// Callbacks due at the same instant run in the order they were scheduled.
  @discardableResult
  public func callLater(
    after delay: Duration,
    _ callback: @escaping @Sendable () -> Void
  ) -> TimerHandle {
    let deadline = now + max(delay, .zero)
    let slot = TimerSlot(.callback(callback))
    state.withLock { state in
      state.checkOnLoop("callLater was called from another thread")
      state.addTimer(at: deadline, slot)
    }
    return TimerHandle(loop: self, slot: slot)
  }

  /// Makes ``run()`` return after the callback or task step that is running
  /// now. Work still scheduled stays unfinished.
  public func stop() {
    state.withLock { $0.stopRequested = true }
  }

  /// Work the loop still had scheduled when it stopped.
  var unfinishedWork: UnfinishedWork {
    state.withLock { state in
      var work = UnfinishedWork()
      for slot in state.heap.slots {
        switch slot.action {
        case .callback: work.callbacks += 1
        case .sleeper: work.sleepingTasks += 1
        case nil: break
        }
      }
      // Items left in the ready queue are not visible without draining it,
      // and a stopped loop never runs them, so drain a copy to count them.
      var ready = state.ready
      while let item = ready.popFirst() {
        switch item {
        case .callback: work.callbacks += 1
        case .job: work.readyTasks += 1
        }
      }
      return work
    }
  }

  /// Blocks the loop's thread for `duration`, as a blocking call such as
  /// `Thread.sleep` or Python's `time.sleep` would: nothing else on the loop
  /// runs meanwhile, and every timer due in that time runs late.
  ///
  /// In simulated time the clock simply moves forward.
  public func blockThread(for duration: Duration) {
    switch mode {
    case .simulated:
      state.withLock { state in
        state.checkOnLoop("blockThread was called from another thread")
        state.now += max(duration, .zero)
      }
    case .realTime:
      blockCurrentThread(for: duration)
    }
  }

  func measuredTime() -> Duration? {
    guard mode == .realTime else { return nil }
    return origin.withLock { origin in
      origin.map { $0.duration(to: .now) }
    }
  }

  func startClockIfNeeded() {
    origin.withLock { origin in
      if origin == nil { origin = .now }
    }
  }
}
