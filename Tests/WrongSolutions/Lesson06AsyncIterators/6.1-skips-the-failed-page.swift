// Exercise 6.1, wrong: moves on to the next page before it fetches, and
// remembers the end of the pages but not an error. After a failed page
// the next call fetches the page after it, as if nothing had happened: an
// iterator that has thrown must have ended.
// Rejected with: after an error the sequence has ended
/// Exercise 6.1: the pages of a paged API, fetched one at a time, when the
/// consumer asks for the next. Page N is at `"\(baseURL)?page=N"`, from
/// page 1. Its body is a comma-separated list of items; an empty body
/// means there are no more pages, and the sequence ends there, without
/// yielding it. An error from `api` is thrown from `next()`, and then the
/// sequence ends too. Nothing is fetched ahead: making the iterator
/// fetches nothing, each `next()` fetches at most one page, and once the
/// sequence has ended, `next()` returns nil without fetching.
public struct Pages: AsyncSequence, Sendable {
  /// Where the pages come from.
  public let api: RemoteAPI
  /// The pages' URL without its query: page N is `"\(baseURL)?page=N"`.
  public let baseURL: String

  /// The pages of `baseURL`, fetched from `api`.
  public init(api: RemoteAPI, baseURL: String) {
    self.api = api
    self.baseURL = baseURL
  }

  /// An iterator from page 1; making it fetches nothing.
  public func makeAsyncIterator() -> Iterator {
    Iterator(api: api, baseURL: baseURL)
  }

  /// Fetches the next page when asked.
  public struct Iterator: AsyncIteratorProtocol {
    let api: RemoteAPI
    let baseURL: String
    var page = 0
    var ended = false

    /// The items of the next page, or nil once the pages have ended.
    public mutating func next() async throws -> [String]? {
      guard !ended else { return nil }
      page += 1
      let body = try await api.fetch("\(baseURL)?page=\(page)")
      guard !body.isEmpty else {
        ended = true
        return nil
      }
      return body.split(separator: ",").map(String.init)
    }
  }
}
