import Synchronization

extension EventLoop {
  /// Runs callbacks, timers and tasks until there is nothing left to do, or
  /// until ``stop()`` is called.
  ///
  /// - Throws: ``LoopError/escaped(_:)`` when work touched the loop from
  ///   another thread.
  public func run() throws(LoopError) {
    try claimThread()
    defer { releaseThread() }
    try drive(until: .idle)
  }

  /// Runs `main` as a task on the loop and returns its result once it
  /// returns, like asyncio's `run_until_complete`.
  ///
  /// The loop stops as soon as `main` returns. Callbacks still scheduled and
  /// tasks still running then are left unfinished, as they are when a real
  /// program ends (a scene says what it left: "the program ends: 1
  /// scheduled callback never ran").
  ///
  /// - Throws: what `main` throws, or a ``LoopError`` when the run cannot
  ///   finish deterministically: work escaped the loop, or `main` waits for
  ///   something that can never happen.
  public func run<Result: Sendable>(
    _ main: @escaping @Sendable () async throws -> Result
  ) throws -> Result {
    try claimThread()
    defer { releaseThread() }
    let outcome = Mutex<Swift.Result<Result, any Error>?>(nil)
    Task.detached(executorPreference: self) {
      let result: Swift.Result<Result, any Error>
      do { result = .success(try await main()) } catch {
        result = .failure(error)
      }
      outcome.withLock { $0 = result }
      self.state.withLock { $0.mainReturned = true }
    }
    try drive(until: .mainReturns)
    guard let result = outcome.withLock({ $0 }) else {
      throw LoopError.stoppedBeforeMainReturned
    }
    return try result.get()
  }

  func claimThread() throws(LoopError) {
    startClockIfNeeded()
    try state.withLock { (state) throws(LoopError) in
      guard state.driver == nil else {
        throw LoopError.alreadyRunning
      }
      state.driver = .current
      state.stopRequested = false
      state.mainReturned = false
    }
  }

  func releaseThread() {
    state.withLock { $0.driver = nil }
  }

  /// When ``drive(until:)`` returns, other than when the loop is stopped or
  /// fails.
  enum Ending {
    /// When nothing is left to run: ``run()``.
    case idle
    /// When the main task returns; running out of work before that is a
    /// deadlock: ``run(_:)``.
    case mainReturns
    /// When nothing is ready and no timer is due by `limit`; the time is
    /// then `limit`: ``advance(to:)``.
    case time(Duration)
  }

  /// The loop: move due timers to the ready queue, run what is ready, and
  /// when nothing is, wait for (or jump to) the next timer.
  func drive(until ending: Ending) throws(LoopError) {
    while true {
      let (failure, exit) = state.withLock { ($0.failure, $0.shouldExit) }
      if let failure { throw failure }
      if exit { return }
      let time = now
      fireTimers(dueBy: time)
      let batch = state.withLock { $0.ready.count }
      if batch == 0 {
        let next = state.withLock { $0.nextDeadline() }
        if case .time(let limit) = ending, next.map({ $0 > limit }) ?? true {
          state.withLock { state in
            if limit > state.now { state.now = limit }
          }
          return
        }
        guard let deadline = next else {
          if case .idle = ending { return }
          throw LoopError.deadlock(
            "at \(Console.stamp(time)) the main task is still waiting and "
              + "the loop has nothing left to run"
          )
        }
        wait(until: deadline)
        continue
      }
      for _ in 0..<batch {
        let item = state.withLock { state in
          state.shouldExit ? nil : state.ready.popFirst()
        }
        guard let item else { break }
        runItem(item)
      }
    }
  }

  /// Moves every timer due by `time` to the ready queue, in deadline order,
  /// and equal deadlines in the order they were scheduled.
  private func fireTimers(dueBy time: Duration) {
    while true {
      let due = state.withLock { state -> TimerAction? in
        guard let action = state.popDueTimer(notAfter: time) else { return nil }
        if case .callback(let callback) = action {
          state.ready.append(.callback(callback))
        }
        return action
      }
      switch due {
      case nil: return
      case .callback: continue
      case .sleeper(let continuation):
        // Resuming enqueues the sleeping task's job on this loop, in order.
        continuation.resume()
      }
    }
  }

  private func wait(until deadline: Duration) {
    switch mode {
    case .simulated:
      state.withLock { state in
        if deadline > state.now { state.now = deadline }
      }
    case .realTime:
      blockCurrentThread(for: deadline - now)
    }
  }

  private func runItem(_ item: ReadyItem) {
    switch item {
    case .callback(let callback):
      callback()
    case .job(let job):
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}
