import CourseKit

// Everything that can go wrong when you ask for a price.
enum QuoteError: Error {
  case unknownSymbol(String)
  case cancelled
}

// `throws(QuoteError)`: callers know that this throws a `QuoteError` and
// nothing else. The clock's sleep throws `any Error` (a cancellation), so
// it has to be turned into a `QuoteError` here.
func price(of symbol: String, clock: some Clock<Duration>)
  async throws(QuoteError) -> Int
{
  do {
    try await clock.sleep(for: .milliseconds(200))
  } catch {
    throw .cancelled
  }
  guard let price = ["AAPL": 231, "MSFT": 415][symbol] else {
    throw .unknownSymbol(symbol)
  }
  return price
}

// The `catch` knows that `error` is a `QuoteError`, so the `switch` on it
// needs no `default`.
func showPrices(
  _ symbols: [String],
  clock: some Clock<Duration>,
  console: Console
) async {
  for symbol in symbols {
    do {
      let price = try await price(of: symbol, clock: clock)
      console.log("\(symbol): \(price)")
    } catch {
      switch error {
      case .unknownSymbol(let symbol): console.log("no such symbol: \(symbol)")
      case .cancelled: console.log("cancelled")
      }
    }
  }
}
