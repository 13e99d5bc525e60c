/// Everything the loop knows, kept behind one lock.
struct LoopState: ~Copyable {
  var ready = ReadyQueue<ReadyItem>()
  var heap = TimerHeap()
  var nextSequence: UInt64 = 0
  /// Time since the loop started, virtual or measured.
  var now: Duration = .zero
  /// The thread running the loop, while it runs.
  var driver: ThreadIdentity?
  var failure: LoopError?
  var stopRequested = false
  /// Set when the main task of `run(_:)` has returned or thrown.
  var mainReturned = false

  /// Whether the loop should stop after the item it just ran.
  var shouldExit: Bool { failure != nil || stopRequested || mainReturned }

  mutating func addTimer(at deadline: Duration, _ slot: TimerSlot) {
    heap.push(slot, at: deadline, sequence: nextSequence)
    nextSequence += 1
  }

  /// The earliest deadline of a timer that is still live.
  mutating func nextDeadline() -> Duration? {
    while let (deadline, slot) = heap.first {
      if slot.action != nil { return deadline }
      _ = heap.popFirst()
    }
    return nil
  }

  /// Removes and returns the earliest live timer due at or before `time`.
  mutating func popDueTimer(notAfter time: Duration) -> TimerAction? {
    while let (deadline, _) = heap.first, deadline <= time {
      let slot = heap.popFirst()
      if let action = slot?.action {
        slot?.action = nil
        return action
      }
    }
    return nil
  }

  /// Records an escape unless the call comes from the loop's own thread, or
  /// the loop is not running.
  mutating func checkOnLoop(_ what: @autoclosure () -> String) {
    guard let driver, !driver.isSame(as: .current) else { return }
    if failure == nil { failure = .escaped(what()) }
  }
}
