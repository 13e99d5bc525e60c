import CourseKit

// What the monitor counted.
struct Tally: Sendable, Equatable {
  var fetches = 0
  var retries = 0
  var timeouts = 0
  var failures = 0
  var cancelled = 0
}

// Everything the pollers learn comes here: quotes and misses, from every
// fetch at once. An actor runs one of these calls at a time, so the tally
// needs no lock. But an actor is reentrant: while one call awaits, another
// runs. So nothing here trusts what it read before an `await` after it.
actor Aggregator {
  private(set) var tally = Tally()
  private var latest: [String: Quote] = [:]
  private var pageSent = false
  private let alarm: Alarm?

  init(alarm: Alarm? = nil) {
    self.alarm = alarm
  }

  func record(_ quote: Quote) async {
    tally.fetches += 1
    // Quotes can arrive out of order: keep the newest round's.
    if let known = latest[quote.symbol], known.round > quote.round { return }
    latest[quote.symbol] = quote
    await checkAlarm()
  }

  func record(_ miss: Miss, for symbol: String) {
    tally.fetches += 1
    switch miss {
    case .timedOut: tally.timeouts += 1
    case .failed: tally.failures += 1
    case .cancelled: tally.cancelled += 1
    }
  }

  func retrying(_ symbol: String) {
    tally.retries += 1
  }

  // The portfolio's value at the latest prices, once every symbol has one.
  var value: Double? { alarm?.value(at: latest) }

  // Pages once when the portfolio falls below the alarm's floor, and again
  // only after it has recovered.
  private func checkAlarm() async {
    guard let alarm, let value else { return }
    if value >= alarm.floor {
      pageSent = false
      return
    }
    guard !pageSent else { return }
    // Claim the page before the await: while it is being sent, other
    // quotes come in, and each would see `pageSent` still false.
    pageSent = true
    await alarm.page(value)
    // `value` is what it was before the await; the latest prices may have
    // moved since. Read them again.
    if let now = self.value, now >= alarm.floor { pageSent = false }
  }
}

// Who to page, when, and how: the portfolio's holdings (shares per
// symbol), the floor under which to page, and the pager, which takes a
// while, as a call to a real paging service would.
struct Alarm: Sendable {
  let holdings: [String: Double]
  let floor: Double
  let page: @Sendable (Double) async -> Void

  // The holdings' value at `prices`, once every symbol has one.
  func value(at prices: [String: Quote]) -> Double? {
    guard prices.count == holdings.count else { return nil }
    return holdings.reduce(0) { sum, holding in
      sum + holding.value * prices[holding.key]!.price
    }
  }
}
