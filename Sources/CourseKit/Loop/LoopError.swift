/// Why an ``EventLoop`` run failed instead of finishing.
///
/// A run on the loop is deterministic only while every piece of work stays on
/// the loop's thread. Work that slips away (a plain `Task { }`, `Task.sleep`,
/// a hop to `MainActor`, a `DispatchQueue`) would make the output differ from
/// run to run, so the loop stops the run and says what happened instead of
/// printing a flaky line or hanging.
public enum LoopError: Error, Equatable, CustomStringConvertible {
  /// Something touched the loop from another thread while it was running.
  case escaped(String)
  /// The main task is suspended, and nothing on the loop can resume it.
  case deadlock(String)
  /// `stop()` was called before the main task returned.
  case stoppedBeforeMainReturned
  /// `run()` was called on a loop that is already running.
  case alreadyRunning

  /// A message that says what went wrong and what to check.
  public var description: String {
    switch self {
    case .escaped(let what):
      """
      work escaped the event loop: \(what).
      Code on the loop must stay on the loop's thread: sleep with the \
      loop's clock (not Task.sleep or ContinuousClock), start tasks with \
      Task(executorPreference: loop) (a plain Task { } runs elsewhere), and \
      do not hop to MainActor or a DispatchQueue.
      """
    case .deadlock(let what):
      """
      deadlock: \(what).
      The main task is waiting, but no callback, timer or task on the loop \
      can wake it. Was a completion handler or continuation never called? \
      Or did the awaited work escape the loop: a plain Task { } (start it \
      with Task(executorPreference: loop) instead), Task.sleep or \
      ContinuousClock (sleep on the loop's clock), MainActor, or a \
      DispatchQueue?
      """
    case .stoppedBeforeMainReturned:
      "the loop was stopped before the main task returned"
    case .alreadyRunning:
      """
      run() was called on a loop that is already running. Schedule more \
      work with callSoon or callLater instead.
      """
    }
  }
}
