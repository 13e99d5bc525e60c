// Exercise 6.1, wrong: returns the empty page's items, [], and ends only on
// the call after it. The empty page is the end, not a page: the consumer's
// loop gets one [] too many.
// Rejected with: nothing for the empty page 4
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
    var page = 1
    var ended = false

    /// The items of the next page, or nil once the pages have ended.
    public mutating func next() async throws -> [String]? {
      guard !ended else { return nil }
      let body: String
      do {
        body = try await api.fetch("\(baseURL)?page=\(page)")
      } catch {
        ended = true
        throw error
      }
      page += 1
      // The empty page is the last: yield it, and end after it.
      ended = body.isEmpty
      return body.split(separator: ",").map(String.init)
    }
  }
}
