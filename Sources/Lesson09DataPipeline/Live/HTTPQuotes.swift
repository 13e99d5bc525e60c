import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

// Quotes over HTTP, from the live server, with URLSession's async API.
// URLSession hears task cancellation: a cancelled `data(from:)` stops its
// request and throws URLError(.cancelled).
struct HTTPQuotes: QuoteSource {
  let server: URL
  let session: URLSession

  func quote(_ symbol: String, round: Int) async throws -> Quote {
    let url = URL(string: "\(server)/quote/\(symbol)?round=\(round)")!
    let (data, response) = try await session.data(from: url)
    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
    let body = String(decoding: data, as: UTF8.self)
    guard status == 200, let price = Double(body) else {
      throw ServerError(status: status)
    }
    return Quote(symbol: symbol, price: price, round: round)
  }
}

// The server did not answer with a price.
struct ServerError: Error, CustomStringConvertible {
  let status: Int
  var description: String { "HTTP \(status)" }
}
