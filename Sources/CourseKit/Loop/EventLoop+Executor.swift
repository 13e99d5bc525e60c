extension EventLoop: TaskExecutor {
  /// Queues a step of a Swift task to run on the loop, after everything that
  /// is ready now. The Swift runtime calls this for tasks that prefer the
  /// loop; you do not call it yourself.
  public func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    state.withLock { state in
      state.checkOnLoop("a task's job was enqueued from another thread")
      state.ready.append(.job(job))
    }
  }
}

extension EventLoop {
  /// Suspends the calling task until `deadline` on the loop's clock.
  ///
  /// - Throws: `CancellationError` if the task is cancelled first; the
  ///   sleeper is then removed from the loop at once.
  func sleep(until deadline: Duration) async throws {
    let slot = TimerSlot()
    try await withTaskCancellationHandler {
      try await withUnsafeThrowingContinuation { continuation in
        let cancelled = state.withLock { state in
          state.checkOnLoop(
            "a task slept on the loop's clock from another thread"
          )
          // Checked under the lock, so a cancel cannot slip in between.
          if Task.isCancelled { return true }
          slot.action = .sleeper(continuation)
          state.addTimer(at: deadline, slot)
          return false
        }
        if cancelled { continuation.resume(throwing: CancellationError()) }
      }
    } onCancel: {
      let sleeper = state.withLock { _ in
        defer { slot.action = nil }
        return slot.action
      }
      if case .sleeper(let continuation) = sleeper {
        continuation.resume(throwing: CancellationError())
      }
    }
  }
}
