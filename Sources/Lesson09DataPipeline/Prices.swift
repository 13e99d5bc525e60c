import CourseKit

// The symbols the monitor watches, as in the seed.
let watchList = ["AAPL", "GOOGL", "MSFT", "TSLA"]

// Where each symbol's price starts.
let openingPrices = [
  "AAPL": 190.0, "GOOGL": 140.0, "MSFT": 410.0, "TSLA": 250.0,
]

// A made-up market that both the simulated API and the live server quote:
// each round, each price moves by up to 2% either way, drawn from a seed,
// so every run, simulated or live, sees the same prices.
enum Market {
  static func price(of symbol: String, round: Int) -> Double {
    var price = openingPrices[symbol] ?? 100
    for step in 1..<max(round, 1) {
      var random = SeededRandom(seed: seed(symbol, step))
      let move = Double(Int.random(in: -20...20, using: &random)) / 1000
      price *= 1 + move
    }
    return (price * 100).rounded() / 100
  }

  // A seed for one symbol's move in one round.
  static func seed(_ symbol: String, _ round: Int) -> UInt64 {
    symbol.utf8.reduce(UInt64(round) &* 0x9e37_79b9_7f4a_7c15) {
      ($0 ^ UInt64($1)) &* 0x100_0000_01b3
    }
  }
}
