/// A timer the loop knows about. Its action is taken when it fires or is
/// cancelled, so an empty slot is a timer that is gone.
///
/// Only touched under the loop's lock.
final class TimerSlot: @unchecked Sendable {
  var action: TimerAction?

  init(_ action: TimerAction? = nil) {
    self.action = action
  }
}
