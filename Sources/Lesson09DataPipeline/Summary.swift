// What the monitor did, printed when it stops.
struct Summary: Sendable, Equatable {
  var rounds = 0
  var skipped = 0
  var tally = Tally()
  var dropped = 0
  var frames = 0
  var audited = 0
  var alerts = 0

  var lines: [String] {
    [
      "rounds: \(rounds), ticks skipped: \(skipped)",
      "fetches: \(tally.fetches) (retries \(tally.retries), "
        + "timeouts \(tally.timeouts), failures \(tally.failures), "
        + "cancelled \(tally.cancelled))",
      "dashboard: \(frames) frames drawn, snapshots dropped: \(dropped)",
      "audit log: \(audited) of \(rounds) snapshots written",
      "alerts: \(alerts) raised",
    ]
  }
}
