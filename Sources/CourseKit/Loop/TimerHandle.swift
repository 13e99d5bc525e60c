/// A timer scheduled with ``EventLoop/callLater(after:_:)``.
public struct TimerHandle: Sendable {
  let loop: EventLoop
  let slot: TimerSlot

  /// Cancels the timer if it has not fired yet; otherwise does nothing.
  public func cancel() {
    loop.state.withLock { state in
      state.checkOnLoop("a timer was cancelled from another thread")
      slot.action = nil
    }
  }
}
