/// What a stopped loop had not run yet.
public struct UnfinishedWork: Sendable, Equatable {
  /// Callbacks that were scheduled but never ran.
  public var callbacks = 0
  /// Tasks asleep on the loop's clock that never woke up.
  public var sleepingTasks = 0
  /// Tasks that were ready to continue but never did.
  public var readyTasks = 0

  /// Whether the loop left nothing behind.
  public var isEmpty: Bool { self == UnfinishedWork() }
}
