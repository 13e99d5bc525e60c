// Exercise 9.2, wrong: returns when both children end: with no stop, it waits for a
// Ctrl-C that never comes.
// Rejected with: a task group waits for every child
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
  await withTaskGroup(of: T?.self) { group in
    group.addTask { await work() }
    group.addTask {
      await stopRequested()
      try? await clock.sleep(for: grace)
      return nil
    }
    var result: T?
    var first = true
    for await value in group {
      if first && value == nil { group.cancelAll() }
      first = false
      result = result ?? value
    }
    return result!
  }
}
