// Exercise 5.2, wrong: the timer sleeps with Task.sleep, on the system's
// clock, instead of on the clock it was given: on the course's loop, the
// backup never starts at the delay.
// Rejected with: no answer after 1 s: start the backup then
/// What a child of the race reports.
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
      try await Task.sleep(for: delay)
      return .hedgeTime
    }
    var backupStarted = false
    var inFlight = 1
    while let event = try await group.next() {
      switch event {
      case .answered(let body):
        group.cancelAll()
        return body
      case .hedgeTime:
        if !backupStarted {
          backupStarted = true
          inFlight += 1
          group.addTask { await request(backup) }
        }
      case .failed(let error):
        if error is CancellationError { throw error }
        inFlight -= 1
        if !backupStarted {
          backupStarted = true
          inFlight += 1
          group.addTask { await request(backup) }
        } else if inFlight == 0 {
          throw error
        }
      }
    }
    throw CancellationError()
  }
}
