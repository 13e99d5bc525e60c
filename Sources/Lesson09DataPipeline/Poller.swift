import CourseKit

// How one round polls: how many fetches at once, how long each attempt may
// take, how many attempts a symbol gets, and the wait before the first
// retry (doubled before each further one).
struct PollPolicy: Sendable {
  var limit = 2
  var timeout: Duration = .milliseconds(500)
  var attempts = 2
  var backoff: Duration = .milliseconds(100)
}

// One round: every symbol fetched, at most `limit` at a time (a sliding
// window: the next fetch starts as soon as one ends), each with a timeout
// and retries. A symbol that still fails costs its data point in this
// round, never the round. Cancelled, the round ends soon, with what it got.
func poll(
  round: Int,
  symbols: [String],
  from source: some QuoteSource,
  policy: PollPolicy,
  clock: some Clock<Duration>,
  aggregator: Aggregator
) async -> Snapshot {
  await withTaskGroup(of: (Int, Result<Quote, Miss>).self) { group in
    var results = [Result<Quote, Miss>](
      repeating: .failure(.cancelled), count: symbols.count)
    for (index, symbol) in symbols.enumerated() {
      if index >= policy.limit, let (done, result) = await group.next() {
        results[done] = result
      }
      group.addTask {
        let result = await fetch(
          symbol, round: round, from: source, policy: policy,
          clock: clock, aggregator: aggregator)
        return (index, result)
      }
    }
    for await (done, result) in group {
      results[done] = result
    }
    return Snapshot(
      round: round,
      results: zip(symbols, results).map { ($0, $1) }
    )
  }
}

// One symbol: up to `policy.attempts` attempts, each within the timeout.
// A cancellation is not a failure to retry: the task is stopping.
func fetch(
  _ symbol: String,
  round: Int,
  from source: some QuoteSource,
  policy: PollPolicy,
  clock: some Clock<Duration>,
  aggregator: Aggregator
) async -> Result<Quote, Miss> {
  var miss = Miss.failed
  var backoff = policy.backoff
  for attempt in 1...max(policy.attempts, 1) {
    if attempt > 1 {
      await aggregator.retrying(symbol)
      do { try await clock.sleep(for: backoff) } catch { break }
      backoff *= 2
    }
    do {
      let quote = try await withTimeout(policy.timeout, clock: clock) {
        try await source.quote(symbol, round: round)
      }
      await aggregator.record(quote)
      return .success(quote)
    } catch {
      // An error thrown because the task is cancelled may be a
      // CancellationError or the API's own (URLSession's `cancelled`), so
      // the task is asked, not the error.
      miss =
        Task.isCancelled ? .cancelled : error is TimedOut ? .timedOut : .failed
      await aggregator.record(miss, for: symbol)
      if miss == .cancelled { break }
    }
  }
  return .failure(Task.isCancelled ? .cancelled : miss)
}
