/// What a stopped loop had not run yet.
struct UnfinishedWork: Sendable, Equatable {
  /// Callbacks that were scheduled but never ran.
  var callbacks = 0
  /// Tasks asleep on the loop's clock that never woke up.
  var sleepingTasks = 0
  /// Tasks that were ready to continue but never did.
  var readyTasks = 0

  /// Whether the loop left nothing behind.
  var isEmpty: Bool { self == UnfinishedWork() }
}
