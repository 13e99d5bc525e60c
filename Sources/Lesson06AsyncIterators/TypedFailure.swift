import CourseKit

// What a quote feed throws: one case, so a `catch` can be exhaustive.
enum FeedError: Error {
  case disconnected(afterQuotes: Int)
}

// A feed that quotes a price every 0.3 s, and loses its connection after
// three. Its iterator's `next()` throws `FeedError` and nothing else, so
// the sequence's `Failure` is `FeedError`, not `any Error`. Cancellation
// cannot be thrown as a `FeedError`: here it ends the feed.
struct QuoteFeed: AsyncSequence {
  let clock: any Clock<Duration>

  struct AsyncIterator: AsyncIteratorProtocol {
    let clock: any Clock<Duration>
    var quoted = 0

    mutating func next() async throws(FeedError) -> Double? {
      guard quoted < 3 else { throw .disconnected(afterQuotes: quoted) }
      do {
        try await clock.sleep(for: .milliseconds(300))
      } catch {
        return nil
      }
      quoted += 1
      return prices[quoted - 1]
    }
  }

  func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(clock: clock)
  }
}

// Any sequence of prices that can only fail with a `FeedError`: the
// `catch` gets a `FeedError`, and its `switch` needs no `default`.
func readQuotes(
  from feed: some AsyncSequence<Double, FeedError>,
  console: Console
) async {
  do throws(FeedError) {
    for try await price in feed {
      console.log("quote: \(price)")
    }
  } catch {
    switch error {
    case .disconnected(let count):
      console.log("the feed disconnected after \(count) quotes")
    }
  }
}
