// Exercise 9.2, wrong: starts the grace period when the work starts, not at the
// stop.
// Rejected with: was the grace period counted from the start
/// Exercise 9.2: runs `work` and returns its result. If `stopRequested`
/// returns first (someone pressed Ctrl-C), `work` gets `grace` more to
/// finish, counted from the stop; after that it is cancelled, and the
/// call returns what `work` returns once it has stopped.
///
/// If `work` finishes first, the call returns at once, without waiting
/// for a stop (`stopRequested` is then cancelled, and returns). Nothing
/// either closure started is still running when it returns.
public func withGracePeriod<T: Sendable>(
  _ grace: Duration,
  clock: some Clock<Duration>,
  stopRequested: @escaping @Sendable () async -> Void,
  _ work: @escaping @Sendable () async -> T
) async -> T {
  let deadline = clock.now.advanced(by: grace)
  return await withTaskGroup(of: T?.self) { group in
    group.addTask { await work() }
    group.addTask {
      await stopRequested()
      try? await clock.sleep(until: deadline, tolerance: nil)
      return nil
    }
    var result: T?
    for await value in group {
      result = result ?? value
      group.cancelAll()
    }
    return result!
  }
}
