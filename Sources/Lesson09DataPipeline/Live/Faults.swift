import CourseKit

// What the live server does to a request: how long it waits before
// answering, and whether it answers 503 instead of a price.
struct Fault: Sendable {
  var delay: Duration = .zero
  var fails = false
}

// Which requests the live server delays or fails: for a symbol, a round
// and the attempt (1 for the first request for that quote, 2 for its
// retry, …).
struct Faults: Sendable {
  let decide: @Sendable (String, Int, Int) -> Fault

  // The live mode's: most answers in 20 to 300 ms; one in ten takes
  // 800 ms, longer than the monitor's timeout; one in ten is a 503. Drawn
  // from a seed, so each run meets the same faults.
  static let live = Faults { symbol, round, attempt in
    let seed = Market.seed(symbol, round) ^ UInt64(attempt)
    var random = SeededRandom(seed: seed)
    switch Int.random(in: 0..<10, using: &random) {
    case 0: return Fault(delay: .milliseconds(800))
    case 1: return Fault(delay: .milliseconds(50), fails: true)
    default:
      return Fault(
        delay: .milliseconds(Int.random(in: 20...300, using: &random)))
    }
  }
}
