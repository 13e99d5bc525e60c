import CourseKit

// How long to wait before each retry: `first`, then twice as long each
// time, never more than `cap`. Each wait is then cut by a random part of
// up to half ("equal jitter"), so that clients that failed together do not
// all retry together. Waits are whole tenths of a second, so that the
// console's times stay exact.
struct Backoff {
  let first: Duration
  let cap: Duration

  func delay(
    beforeRetry retry: Int,
    random: inout some RandomNumberGenerator
  ) -> Duration {
    let full = min(first * (1 << min(retry - 1, 30)), cap)
    let tenths = Int(full / .milliseconds(100))
    let jittered = Int.random(in: (tenths + 1) / 2...tenths, using: &random)
    return .milliseconds(100 * jittered)
  }
}

// Calls `operation` up to `attempts` times, waiting on `backoff`'s schedule
// between attempts, and rethrows the last attempt's error. A cancellation
// is not a failure to retry: it is rethrown at once. The wait is `try`,
// never `try?`, so that a cancelled task stops waiting, even if its
// cancellation came back as another error. `nonisolated(nonsending)` runs
// it on its caller's actor, if any, so that an actor can pass an
// `operation` that is not `Sendable` and touches the actor's state.
nonisolated(nonsending) func withRetries<T>(
  attempts: Int,
  backoff: Backoff,
  clock: some Clock<Duration>,
  random: inout some RandomNumberGenerator,
  _ operation: () async throws -> T
) async throws -> T {
  for retry in 1..<max(attempts, 1) {
    do {
      return try await operation()
    } catch let error as CancellationError {
      throw error
    } catch {
      let delay = backoff.delay(beforeRetry: retry, random: &random)
      try await clock.sleep(for: delay)
    }
  }
  return try await operation()
}

// Asks for a quote, up to five times. The quote service fails its first
// three calls.
func retryTheQuote(
  api: RemoteAPI,
  clock: some Clock<Duration>,
  console: Console
) async throws {
  var random = SeededRandom(seed: 7)
  var attempt = 0
  let backoff = Backoff(first: .milliseconds(400), cap: .seconds(2))
  let quote = try await withRetries(
    attempts: 5, backoff: backoff, clock: clock, random: &random
  ) {
    attempt += 1
    console.log("attempt \(attempt)")
    return try await api.fetch("https://api.example.com/quote")
  }
  console.log("got \(quote)")
}
