import CourseKit

// The prices a feed quotes at its first ten ticks.
let prices = [101.5, 99.8, 102.4, 98.9, 97.2, 103.1, 96.5, 100.2, 95.8, 99.9]

// `map`, `filter` and `prefix` work on async sequences as on arrays, but
// one element at a time, when the consumer asks: here a price every 0.2 s,
// the first three below 99 reported, and then the timer is not asked again.
func priceAlerts(clock: some Clock<Duration>, console: Console) async {
  let alerts = Timer(interval: .milliseconds(200), clock: clock)
    .map { tick in (tick, prices[tick - 1]) }
    .filter { _, price in price < 99 }
    .prefix(3)
  for await (tick, price) in alerts {
    console.log("tick \(tick): \(price)")
  }
  console.log("three alerts, and no more ticks")
}
