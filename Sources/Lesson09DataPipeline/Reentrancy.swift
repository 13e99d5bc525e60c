import CourseKit

// The alarm written as if an actor ran each call to the end: it checks
// `pageSent`, awaits the pager, and only then sets `pageSent`. While the
// first page is on its way, the actor runs the next call, which finds
// `pageSent` still false.
actor TrustingAggregator {
  private var latest: [String: Quote] = [:]
  private var pageSent = false
  private let alarm: Alarm

  init(alarm: Alarm) {
    self.alarm = alarm
  }

  func record(_ quote: Quote) async {
    latest[quote.symbol] = quote
    guard let value = alarm.value(at: latest) else { return }
    if value < alarm.floor && !pageSent {
      await alarm.page(value)
      pageSent = true
    }
  }
}

// Two prices fall below the floor 0.1 s apart, and paging takes 0.3 s.
func pageOnce(stage: RuntimeStage) async {
  let (clock, console) = (stage.clock, stage.console)
  let alarm = Alarm(
    holdings: ["AAPL": 10, "TSLA": 10], floor: 4_300
  ) { value in
    try? await clock.sleep(for: .milliseconds(300))
    console.log("page sent: the portfolio is at \(dollars(value))")
  }
  let opening = [
    Quote(symbol: "AAPL", price: 190, round: 1),
    Quote(symbol: "TSLA", price: 250, round: 1),
  ]
  let falling = [
    Quote(symbol: "AAPL", price: 178, round: 2),
    Quote(symbol: "TSLA", price: 240, round: 2),
  ]
  let trusting = TrustingAggregator(alarm: alarm)
  let careful = Aggregator(alarm: alarm)
  for (name, record) in [
    ("trusting", trusting.record),
    ("careful", careful.record),
  ] as [(String, @Sendable (Quote) async -> Void)] {
    console.log("the \(name) aggregator:")
    for quote in opening { await record(quote) }
    await withTaskGroup(of: Void.self) { group in
      for (index, quote) in falling.enumerated() {
        group.addTask {
          try? await clock.sleep(for: .milliseconds(100 * index))
          await record(quote)
        }
      }
    }
  }
}
