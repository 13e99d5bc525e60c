extension EventLoop {
  /// Runs everything due in the next `duration` of simulated time, and stops
  /// with the loop's time `duration` later.
  ///
  /// ``run()`` runs until nothing is left, so a test sees only the end. A
  /// test of a 1-second timeout cannot tell from the end whether it fired at
  /// 1 s or too early, at 0.9 s. Advancing the time step by step lets the
  /// test look in between, and nothing waits in real time:
  ///
  /// ```swift
  /// let loop = EventLoop(mode: .simulated)
  /// let fired = Recorder<Duration>()  // a thread-safe list
  /// loop.callLater(after: .seconds(1)) { fired.record(loop.now) }
  ///
  /// try loop.advance(by: .milliseconds(900))
  /// #expect(fired.all.isEmpty)  // nothing yet at 0.9 s
  /// try loop.advance(by: .milliseconds(100))
  /// #expect(fired.all == [.seconds(1)])
  /// ```
  ///
  /// Everything due in between runs in order, each at its own time: a
  /// callback due at 0.5 s sees ``now`` at 0.5 s. Tasks that prefer the
  /// loop (`Task(executorPreference: loop) { … }`) run too, and tasks
  /// asleep on ``clock`` wake when their time comes. Work still scheduled
  /// after the new time stays scheduled, for the next advance or ``run()``.
  ///
  /// Only a simulated loop can be advanced: a real-time loop's time is the
  /// real one.
  ///
  /// - Throws: ``LoopError/escaped(_:)`` when work touched the loop from
  ///   another thread, or ``LoopError/alreadyRunning`` when called from
  ///   code the loop is running.
  public func advance(by duration: Duration) throws(LoopError) {
    try advance(to: now + max(duration, .zero))
  }

  /// Runs everything due up to `instant` on the loop's clock, and stops with
  /// the loop's time at `instant`.
  ///
  /// The same as ``advance(by:)``, with a time instead of a step:
  ///
  /// ```swift
  /// try loop.advance(to: .milliseconds(900))
  /// #expect(fired.all.isEmpty)
  /// try loop.advance(to: .seconds(1))
  /// #expect(fired.all == [.seconds(1)])
  /// ```
  ///
  /// The loop keeps its timers to the nanosecond, rounding deadlines up, so
  /// `instant` is rounded up to a whole nanosecond too. An instant before
  /// ``now`` runs only what is ready now: time never goes back. If code
  /// calls ``stop()``, the advance ends there, at that code's time.
  ///
  /// - Throws: ``LoopError/escaped(_:)`` when work touched the loop from
  ///   another thread, or ``LoopError/alreadyRunning`` when called from
  ///   code the loop is running.
  public func advance(to instant: Duration) throws(LoopError) {
    precondition(
      mode == .simulated,
      "advance(by:) and advance(to:) need a simulated loop: "
        + "EventLoop(mode: .simulated)"
    )
    try claimThread()
    defer { releaseThread() }
    try drive(until: .time(TimerHeap.roundedUp(instant)))
  }
}
