// Exercise 5.2, wrong: counts a request's CancellationError as one more
// failure, so a caller cancelled before the delay starts the backup
// request, in a task that no longer wants any answer.
// Rejected with: send no backup request

/// What a child of `fetchHedged`'s race reports. (A generic function
/// cannot have a type nested in it.)
private enum HedgeEvent: Sendable {
  case hedgeTime
  case answered(String)
  case failed(any Error)
}

/// Exercise 5.2: fetch `url`. If it has not answered after `delay`, fetch
/// `backup` too, and return the first body either request answers with,
/// cancelling the other request. A request that fails does not end the
/// call while the other can still answer: if `url` fails before `delay`,
/// start `backup` at once. If both fail, throw the error of the one that
/// failed last (of two at the same instant, either). If the task is
/// cancelled, throw `CancellationError` at once, and start no backup.
public func fetchHedged(
  _ url: String,
  backup: String,
  after delay: Duration,
  api: RemoteAPI,
  clock: some Clock<Duration>
) async throws -> String {
  // A request that reports its failure instead of throwing it, so that one
  // failure does not end the group while the other request can answer.
  @Sendable func request(_ url: String) async -> HedgeEvent {
    do {
      return .answered(try await api.fetch(url))
    } catch {
      return .failed(error)
    }
  }
  return try await withThrowingTaskGroup(of: HedgeEvent.self) { group in
    group.addTask { await request(url) }
    group.addTask {
      // If the task is cancelled, this throws, and so does the call.
      try await clock.sleep(for: delay)
      return .hedgeTime
    }
    var backupStarted = false
    var inFlight = 1
    while let event = try await group.next() {
      switch event {
      case .answered(let body):
        // The first body wins: stop the other request and the timer.
        group.cancelAll()
        return body
      case .hedgeTime:
        if !backupStarted {
          backupStarted = true
          inFlight += 1
          group.addTask { await request(backup) }
        }
      case .failed(let error):
        inFlight -= 1
        if !backupStarted {
          // No reason to wait for the timer: the backup is the only hope.
          backupStarted = true
          inFlight += 1
          group.addTask { await request(backup) }
        } else if inFlight == 0 {
          // Both failed; leaving the group by throwing cancels the timer.
          throw error
        }
      }
    }
    // Not reached: the loop returns or throws before the group runs dry,
    // because the timer is still waiting while a request is in flight.
    throw CancellationError()
  }
}
