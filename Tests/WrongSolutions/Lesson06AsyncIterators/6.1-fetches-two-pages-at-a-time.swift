// Exercise 6.1, wrong: fetches the page asked for and the one after it
// together, with async let, and keeps the second for the next call. Each
// next() is no slower, but a consumer that stops after one page has paid
// for two: the sequence runs ahead of its consumer.
// Rejected with: none ahead
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
    var ahead: Result<String, any Error>? = nil
    var ended = false

    /// The items of the next page, or nil once the pages have ended.
    public mutating func next() async throws -> [String]? {
      guard !ended else { return nil }
      let result: Result<String, any Error>
      if let kept = ahead {
        result = kept
        ahead = nil
      } else {
        // This page and the next together: the next is ready when asked.
        let api = api
        let url = "\(baseURL)?page=\(page)"
        let nextURL = "\(baseURL)?page=\(page + 1)"
        async let this = api.fetch(url)
        async let next = api.fetch(nextURL)
        do {
          result = .success(try await this)
        } catch {
          result = .failure(error)
        }
        do {
          ahead = .success(try await next)
        } catch {
          ahead = .failure(error)
        }
      }
      page += 1
      switch result {
      case .failure(let error):
        ended = true
        throw error
      case .success(let body):
        guard !body.isEmpty else {
          ended = true
          return nil
        }
        return body.split(separator: ",").map(String.init)
      }
    }
  }
}
