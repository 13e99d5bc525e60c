import Foundation

// One price, for one symbol, in one round.
struct Quote: Sendable, Equatable {
  let symbol: String
  let price: Double
  let round: Int
}

// Why a symbol has no price in a round: the monitor lost one data point,
// and says which and why.
enum Miss: Error, Equatable, CustomStringConvertible {
  case timedOut
  case failed
  case cancelled

  var description: String {
    switch self {
    case .timedOut: "timed out"
    case .failed: "failed"
    case .cancelled: "cancelled"
    }
  }
}

// What one round of polling saw: a price or a miss for each symbol, in the
// order of the watch list.
struct Snapshot: Sendable {
  let round: Int
  let results: [(symbol: String, result: Result<Quote, Miss>)]

  var quotes: [Quote] { results.compactMap { try? $0.result.get() } }

  // "AAPL 190.37  GOOGL timed out  MSFT 411.20  TSLA 247.60"
  var line: String {
    results.map { symbol, result in
      switch result {
      case .success(let quote): "\(symbol) \(dollars(quote.price))"
      case .failure(let miss): "\(symbol) \(miss)"
      }
    }.joined(separator: "  ")
  }
}

// 190.4 as "190.40": prices always with two decimals.
func dollars(_ price: Double) -> String {
  String(format: "%.2f", price)
}
