import Synchronization

/// A stand-in for a remote HTTP API: each call takes a while, some calls
/// fail, and nothing touches the network.
///
/// The tutorials fetch pages with `aiohttp`, which makes every run depend on
/// the network: slow, flaky and different each time. This API answers
/// `"Data from <url>"` (or the response you give for that URL) after a
/// latency you choose, fails the calls you choose, and draws any randomness
/// from a seed, so the same program prints the same lines every run. Give it
/// a ``Timeline`` and each call draws itself there. It offers the same call in
/// two forms:
///
/// ```swift
/// api.fetch(url) { result in … }       // a completion handler (chapters 1–3)
/// let data = try await api.fetch(url)  // async (chapter 4 on)
/// ```
public final class RemoteAPI: Sendable {
  private struct Counters {
    var attempts: [String: Int] = [:]
    var stats = Stats()
  }

  /// How many calls the API has seen.
  public struct Stats: Sendable, Equatable {
    /// Calls started.
    public var calls = 0
    /// Calls started but not finished yet.
    public var inFlight = 0
    /// The most calls that were in flight at once.
    public var peakInFlight = 0
  }

  private let waiting: Waiting
  private let latency: Latency
  private let failures: Failures
  private let seed: UInt64
  private let responses: [String: String]
  private let timeline: Timeline?
  private let lane: @Sendable (String) -> String
  private let counters = Mutex(Counters())

  /// Creates an API whose calls complete on `loop`, in its time: for tests
  /// that drive a loop themselves. A scene makes its APIs with its stage's
  /// ``LoopStage/api`` or ``RuntimeStage/api`` instead.
  ///
  /// - Parameters:
  ///   - latency: How long each call takes.
  ///   - failures: Which calls fail.
  ///   - seed: Where randomness in `latency` and `failures` comes from.
  ///   - responses: The body to answer for each URL; any other URL answers
  ///     `"Data from <url>"`.
  ///   - timeline: If given, each call is drawn there, from when it starts
  ///     to when it answers.
  ///   - lane: The lane a call to a URL is drawn in; by default `GET` and
  ///     the URL's path.
  public convenience init(
    loop: EventLoop,
    latency: Latency = .fixed(.seconds(1)),
    failures: Failures = .none,
    seed: UInt64 = 1,
    responses: [String: String] = [:],
    timeline: Timeline? = nil,
    lane: (@Sendable (String) -> String)? = nil
  ) {
    self.init(
      waiting: .on(loop),
      latency: latency,
      failures: failures,
      seed: seed,
      responses: responses,
      timeline: timeline,
      lane: lane
    )
  }

  /// Creates an API whose calls wait as `waiting` says: on a loop, or on a
  /// clock on Swift's runtime. Every other way to make one comes here.
  init(
    waiting: Waiting,
    latency: Latency,
    failures: Failures,
    seed: UInt64,
    responses: [String: String],
    timeline: Timeline?,
    lane: (@Sendable (String) -> String)?
  ) {
    self.waiting = waiting
    self.latency = latency
    self.failures = failures
    self.seed = seed
    self.responses = responses
    self.timeline = timeline
    self.lane = lane ?? { "GET \(RemoteAPI.path(of: $0))" }
  }

  /// What the API has counted so far.
  public var stats: Stats { counters.withLock { $0.stats } }

  /// Fetches `url` and calls `completion` with the data or the error once the
  /// call's latency has passed.
  public func fetch(
    _ url: String,
    completion: @escaping @Sendable (Result<String, APIError>) -> Void
  ) {
    let (delay, result, span) = start(url)
    waiting.schedule(delay) {
      self.finish(span, failed: (try? result.get()) == nil)
      completion(result)
    }
  }

  /// Fetches `url`, suspending for the call's latency.
  ///
  /// - Throws: ``APIError`` if the call fails, or `CancellationError` if the
  ///   task is cancelled while it waits.
  public func fetch(_ url: String) async throws -> String {
    let (delay, result, span) = start(url)
    var failed = true
    defer { finish(span, failed: failed) }
    try await waiting.sleep(delay)
    let body = try result.get()
    failed = false
    return body
  }

  private func start(_ url: String)
    -> (Duration, Result<String, APIError>, Timeline.Span?)
  {
    let attempt = counters.withLock { counters in
      counters.stats.calls += 1
      counters.stats.inFlight += 1
      counters.stats.peakInFlight = max(
        counters.stats.peakInFlight,
        counters.stats.inFlight
      )
      counters.attempts[url, default: 0] += 1
      return counters.attempts[url, default: 1]
    }
    var random = SeededRandom(seed: seed, name: url, number: attempt)
    let call = Call(url: url, attempt: attempt)
    let delay = latency.pick(call, &random)
    let span = timeline?.begin(lane(url))
    if failures.decide(call, &random) {
      return (delay, .failure(.serverError(url: url)), span)
    }
    return (delay, .success(responses[url] ?? "Data from \(url)"), span)
  }

  private func finish(_ span: Timeline.Span?, failed: Bool) {
    if failed { span?.fail() } else { span?.end() }
    counters.withLock { $0.stats.inFlight -= 1 }
  }

  /// `/users/42` for `https://shop.example.com/users/42`.
  static func path(of url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
  }
}
