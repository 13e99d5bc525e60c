import CourseKit
import Foundation

// The dashboard shows the latest prices. Drawing a frame takes longer than
// a round, so it cannot show every snapshot; nor should it: a frame of
// old prices is worth nothing. Its stream keeps only the newest snapshot
// (`bufferingNewest(1)`), dropping older ones it had no time for.
func dashboard(
  _ snapshots: AsyncStream<Snapshot>,
  frame: Duration,
  clock: some Clock<Duration>,
  console: Console
) async -> Int {
  var frames = 0
  for await snapshot in snapshots {
    try? await clock.sleep(for: frame)  // drawing
    console.log("dashboard #\(snapshot.round): \(snapshot.line)")
    frames += 1
  }
  return frames
}

// The audit log must have every snapshot, so its stream drops nothing
// (`unbounded`): if it falls behind, snapshots wait in memory. That is the
// price of never dropping; the log is fast, so the queue stays short.
func auditLog(
  _ snapshots: AsyncStream<Snapshot>,
  write: Duration,
  clock: some Clock<Duration>,
  console: Console
) async -> Int {
  var written = 0
  for await snapshot in snapshots {
    try? await clock.sleep(for: write)  // writing to disk
    let missed = snapshot.results.compactMap { symbol, result in
      if case .failure(let miss) = result { "\(symbol) \(miss)" } else { nil }
    }
    let prices = snapshot.results.count - missed.count
    console.log(
      "audit #\(snapshot.round): \(prices) prices"
        + missed.map { ", \($0)" }.joined())
    written += 1
  }
  return written
}

// Alerts on every snapshot (so again nothing dropped): a price more than
// `threshold` away from the average of its last `window` prices.
func alerts(
  _ snapshots: AsyncStream<Snapshot>,
  window: Int,
  threshold: Double,
  console: Console
) async -> Int {
  var history: [String: [Double]] = [:]
  var raised = 0
  for await snapshot in snapshots {
    for quote in snapshot.quotes {
      let past = history[quote.symbol, default: []]
      if past.count == window {
        let average = past.reduce(0, +) / Double(window)
        let change = (quote.price - average) / average
        if abs(change) > threshold {
          let percent = String(format: "%+.1f%%", change * 100)
          console.log(
            "alert: \(quote.symbol) \(dollars(quote.price)), \(percent) "
              + "on its \(window)-round average")
          raised += 1
        }
      }
      history[quote.symbol] = (past + [quote.price]).suffix(window)
    }
  }
  return raised
}
