import CourseKit

// The monitor's settings.
struct MonitorSettings: Sendable {
  var symbols = watchList
  var period: Duration = .seconds(1)
  var grace: Duration = .milliseconds(500)
  var policy = PollPolicy()
  var frame: Duration = .milliseconds(2000)
}

// The seed's monitor done properly. Rounds start on a fixed grid; each
// polls every symbol with a limit, a timeout and retries; each snapshot
// goes to three consumers, each through a stream of its own; and a stop
// request (Ctrl-C) is handled gracefully: no new round, the round in
// flight gets `grace` to finish and is then cancelled, the consumers see
// every snapshot sent to them, and the summary tells what happened.
//
// Everything it starts is a child task, so when it returns nothing it
// started is still running.
func monitor<C: Clock<Duration>>(
  _ source: some QuoteSource,
  settings: MonitorSettings,
  stop: Stop,
  clock: C,
  console: Console,
  aggregator: Aggregator = Aggregator(),
  published: @escaping @Sendable (Snapshot) -> Void = { _ in }
) async -> Summary {
  let screen = AsyncStream.makeStream(
    of: Snapshot.self, bufferingPolicy: .bufferingNewest(1))
  let audit = AsyncStream.makeStream(of: Snapshot.self)
  let alarms = AsyncStream.makeStream(of: Snapshot.self)
  return await withTaskGroup(of: Consumer.self) { consumers in
    consumers.addTask {
      .dashboard(
        await dashboard(
          screen.stream, frame: settings.frame, clock: clock,
          console: console))
    }
    consumers.addTask {
      .audit(
        await auditLog(
          audit.stream, write: .milliseconds(100), clock: clock,
          console: console))
    }
    consumers.addTask {
      .alerts(
        await alerts(
          alarms.stream, window: 2, threshold: 0.015, console: console))
    }

    var summary = Summary()
    let schedule = Schedule<C>(period: settings.period)
    var deadline = clock.now
    while await stop.sleep(until: deadline, clock: clock) {
      summary.rounds += 1
      let snapshot = await pollWithGrace(
        round: summary.rounds, source, settings: settings, stop: stop,
        clock: clock, console: console, aggregator: aggregator)
      let (next, skipped) = schedule.next(after: deadline, now: clock.now)
      if skipped > 0 && !stop.isRequested {
        console.log("round \(summary.rounds) overran: \(skipped) tick skipped")
        summary.skipped += skipped
      }
      deadline = next
      if case .dropped = screen.continuation.yield(snapshot) {
        summary.dropped += 1
      }
      audit.continuation.yield(snapshot)
      alarms.continuation.yield(snapshot)
      published(snapshot)
    }

    // Flush: each consumer ends once it has taken what its stream holds.
    for continuation in [
      screen.continuation, audit.continuation, alarms.continuation,
    ] {
      continuation.finish()
    }
    for await consumer in consumers {
      switch consumer {
      case .dashboard(let frames): summary.frames = frames
      case .audit(let written): summary.audited = written
      case .alerts(let raised): summary.alerts = raised
      }
    }
    console.log("stopped: the consumers have taken every snapshot")
    summary.tally = await aggregator.tally
    return summary
  }
}

// What a consumer did, as its task returns it.
enum Consumer: Sendable {
  case dashboard(Int)
  case audit(Int)
  case alerts(Int)
}

// One round, raced against a stop request: if a stop comes while the
// round is in flight, the round gets `grace` to finish, and is then
// cancelled, which makes it end soon with the prices it has.
func pollWithGrace(
  round: Int,
  _ source: some QuoteSource,
  settings: MonitorSettings,
  stop: Stop,
  clock: some Clock<Duration>,
  console: Console,
  aggregator: Aggregator
) async -> Snapshot {
  await withTaskGroup(of: Snapshot?.self) { group in
    group.addTask {
      await poll(
        round: round, symbols: settings.symbols, from: source,
        policy: settings.policy, clock: clock, aggregator: aggregator)
    }
    group.addTask {
      await stop.wait()
      if Task.isCancelled { return nil }
      console.log(
        "stopping: round \(round) has \(Console.seconds(settings.grace)) s "
          + "to finish")
      if (try? await clock.sleep(for: settings.grace)) != nil {
        console.log("grace period over: cancelling round \(round)")
      }
      return nil
    }
    var snapshot: Snapshot?
    for await result in group {
      // The round ended (stop the grace timer), or the grace period did
      // (stop the round, whose snapshot comes next).
      snapshot = snapshot ?? result
      group.cancelAll()
    }
    return snapshot!
  }
}
