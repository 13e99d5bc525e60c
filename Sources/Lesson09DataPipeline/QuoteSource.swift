import CourseKit

// Where the monitor gets its prices: the simulated API in the lesson's
// scenes, the live server over HTTP with `--live`. The monitor does not
// know which.
protocol QuoteSource: Sendable {
  func quote(_ symbol: String, round: Int) async throws -> Quote
}

// The simulated API: each call takes its latency on the scene's clock and
// fails as the API's seeded randomness says. The price is the made-up
// market's, so that every run sees the same prices.
struct SimulatedQuotes: QuoteSource {
  let api: RemoteAPI

  func quote(_ symbol: String, round: Int) async throws -> Quote {
    _ = try await api.fetch(
      "https://market.example.com/quote/\(symbol)?round=\(round)")
    return Quote(
      symbol: symbol,
      price: Market.price(of: symbol, round: round),
      round: round
    )
  }
}

extension RuntimeStage {
  // A simulated market API: a call takes 0.1 to 0.4 s, or 0.6 s (never the
  // timeout's 0.5 s: a tie would be settled differently in real time), and
  // fails as `failures` says. Each call is drawn in its symbol's lane.
  func marketAPI(
    seed: UInt64,
    failures: Failures = .rate(0.1),
    drawn: Bool = true
  ) -> RemoteAPI {
    api(
      latency: .oneOf([0.1, 0.2, 0.3, 0.4, 0.6].map { .seconds($0) }),
      failures: failures,
      seed: seed,
      drawn: drawn,
      lane: { url in symbol(in: url) }
    )
  }
}

// "TSLA" for "https://market.example.com/quote/TSLA?round=3".
func symbol(in url: String) -> String {
  let path = url.split(separator: "/").last ?? ""
  return String(path.prefix { $0 != "?" })
}
