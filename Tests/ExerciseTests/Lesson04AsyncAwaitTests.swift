import CourseTestSupport
import Synchronization
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

/// The error the tests' payment API declines a card with.
private struct Declined: Error, Equatable {
  let card: String
}

private func url(_ path: String) -> String {
  "https://api.example.com\(path)"
}

/// When `latencies` are done with at most `limit` at once (a limit below 1
/// counts as 1), each item starting, in order, as soon as one ends.
private func slidingWindowTime(_ latencies: [Duration], limit: Int)
  -> Duration
{
  var lanes = [Duration](
    repeating: .zero, count: max(min(max(limit, 1), latencies.count), 1))
  for latency in latencies {
    let lane = lanes.indices.min { lanes[$0] < lanes[$1] }!
    lanes[lane] += latency
  }
  return lanes.max()!
}

/// `count` (at most 30) different latencies drawn from `seed`: whole tenths
/// of a second between 0.1 s and 3 s.
private func seededLatencies(_ count: Int, seed: UInt64) -> [Duration] {
  var random = SeededRandom(seed: seed)
  var used: Set<Int> = []
  return (0..<count).map { _ in
    var tenths = 0
    repeat {
      tenths = Int.random(in: 1...30, using: &random)
    } while !used.insert(tenths).inserted
    return .milliseconds(100 * tenths)
  }
}

/// The payments the 4.2 tests make.
private let payments = [
  Lesson04AsyncAwaitTests.Payment(
    card: "4242", latency: .seconds(1), receipt: "receipt 8812 for 4242"),
  Lesson04AsyncAwaitTests.Payment(
    card: "5555-4444", latency: .milliseconds(2500),
    receipt: "receipt 17 for 5555-4444"),
  Lesson04AsyncAwaitTests.Payment(
    card: "3782", latency: .milliseconds(300), receipt: "receipt 940 for 3782"
  ),
]

@Suite("Chapter 4 exercises: async/await")
struct Lesson04AsyncAwaitTests {
  // MARK: 4.1

  /// A user, and how long each of the three requests of their dashboard
  /// takes.
  struct DashboardCase: Sendable, CustomTestStringConvertible {
    let user: Int
    let profile: Duration
    let orders: Duration
    let wishlist: Duration

    var paths: [String] {
      ["/users/\(user)", "/users/\(user)/orders", "/users/\(user)/wishlist"]
    }

    func api(on loop: EventLoop, failing: Set<String> = []) -> RemoteAPI {
      RemoteAPI(
        loop: loop,
        latency: .perURL(
          Dictionary(
            uniqueKeysWithValues: zip(
              paths.map(url), [profile, orders, wishlist]))),
        failures: .urls(Set(failing.map(url)))
      )
    }

    var testDescription: String {
      "user \(user): profile \(Console.seconds(profile)) s, orders "
        + "\(Console.seconds(orders)) s, wishlist \(Console.seconds(wishlist)) s"
    }
  }

  @Test(
    "Exercise 4.1: three requests at once, not one after another",
    arguments: [
      DashboardCase(
        user: 7, profile: .seconds(1), orders: .seconds(3),
        wishlist: .seconds(2)),
      DashboardCase(
        user: 12, profile: .milliseconds(2500), orders: .milliseconds(400),
        wishlist: .milliseconds(1200)),
      DashboardCase(
        user: 305, profile: .milliseconds(700), orders: .milliseconds(1500),
        wishlist: .milliseconds(2200)),
    ]
  )
  func dashboardAtOnce(dashboardCase: DashboardCase) throws {
    let loop = EventLoop(mode: .simulated)
    let api = dashboardCase.api(on: loop)
    let user = dashboardCase.user
    let outcome = try attempt("4.1") {
      try loop.run {
        (try await dashboard(user: user, api: api), loop.now)
      }
    }
    guard let (dashboard, time) = outcome else { return }
    let paths = dashboardCase.paths
    #expect(
      dashboard.profile == "Data from \(url(paths[0]))",
      "profile: the body of \(paths[0]), user \(user)'s profile")
    #expect(
      dashboard.orders == "Data from \(url(paths[1]))",
      "orders: the body of \(paths[1]), each body in its own field")
    #expect(
      dashboard.wishlist == "Data from \(url(paths[2]))",
      "wishlist: the body of \(paths[2]), each body in its own field")
    #expect(api.stats.calls == 3, "one request for each of the three URLs")
    #expect(
      api.stats.peakInFlight == 3,
      "start all three before awaiting one: the three requests must be in flight together"
    )
    let latencies = [
      dashboardCase.profile, dashboardCase.orders, dashboardCase.wishlist,
    ]
    let slowest = latencies.max()!
    let sum = latencies.reduce(.zero, +)
    #expect(
      time == slowest,
      "done in \(Console.seconds(slowest)) s, as long as the slowest of the three takes: they overlap (one after another takes \(Console.seconds(sum)) s)"
    )
  }

  @Test(
    "Exercise 4.1: a failed request's error is thrown",
    arguments: ["/users/4", "/users/4/orders", "/users/4/wishlist"]
  )
  func dashboardFails(failing: String) throws {
    let loop = EventLoop(mode: .simulated)
    let api = DashboardCase(
      user: 4, profile: .seconds(1), orders: .seconds(2), wishlist: .seconds(3)
    ).api(on: loop, failing: [failing])
    let thrown = try attempt("4.1") {
      try loop.run { () async -> (any Error)? in
        do {
          _ = try await dashboard(user: 4, api: api)
          return nil
        } catch {
          return error
        }
      }
    }
    guard let thrown else { return }
    #expect(
      thrown as? APIError == .serverError(url: url(failing)),
      "when \(failing) fails, throw its error: do not swallow it (try?) or put an empty body in its place"
    )
  }

  // MARK: 4.2

  /// A card, how long the payment API takes to answer, and the receipt it
  /// answers with.
  struct Payment: Sendable, CustomTestStringConvertible {
    let card: String
    let latency: Duration
    let receipt: String

    var testDescription: String {
      "card \(card), answered after \(Console.seconds(latency)) s"
    }
  }

  /// A callback payment API that answers after the payment's latency on
  /// `loop`, with its receipt or, if `declines`, a `Declined` error; it
  /// counts its calls in `calls`.
  private static func payment(
    _ payment: Payment, on loop: EventLoop, declines: Bool,
    calls: Recorder<String>
  ) -> @Sendable (String, @escaping PaymentCompletion) -> Void {
    { card, completion in
      calls.record(card)
      loop.callLater(after: payment.latency) {
        completion(
          declines
            ? .failure(Declined(card: card)) : .success(payment.receipt))
      }
    }
  }

  @Test(
    "Exercise 4.2: the receipt, once the callback API answers",
    arguments: payments)
  func chargeSucceeds(payment: Payment) throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Recorder<String>()
    let pay = Self.payment(payment, on: loop, declines: false, calls: calls)
    let outcome = try attempt("4.2") {
      try run(
        loop,
        ifStuck:
          "charge never returned: is the continuation resumed in pay's completion handler, with the receipt or the error?"
      ) {
        (try await charge(payment.card, using: pay), loop.now)
      }
    }
    guard let (receipt, time) = outcome ?? nil else { return }
    #expect(
      calls.all == [payment.card], "call pay once, with the card to charge")
    #expect(
      receipt == payment.receipt,
      "return the receipt the API calls back with (\"\(payment.receipt)\")")
    #expect(
      time == payment.latency,
      "return when the API calls back (at \(Console.seconds(payment.latency)) s), not before"
    )
  }

  @Test(
    "Exercise 4.2: the error the callback API answers with is thrown",
    arguments: payments)
  func chargeFails(payment: Payment) throws {
    let loop = EventLoop(mode: .simulated)
    let calls = Recorder<String>()
    let pay = Self.payment(payment, on: loop, declines: true, calls: calls)
    let outcome = try attempt("4.2") {
      try run(
        loop,
        ifStuck:
          "charge never returned when the API failed: is the continuation resumed with the error too (resume(throwing:) or resume(with:))?"
      ) { () async -> ((any Error)?, Duration) in
        do {
          _ = try await charge(payment.card, using: pay)
          return (nil, loop.now)
        } catch {
          return (error, loop.now)
        }
      }
    }
    guard let (thrown, time) = outcome ?? nil else { return }
    #expect(
      calls.all == [payment.card], "call pay once, with the card to charge")
    #expect(
      thrown as? Declined == Declined(card: payment.card),
      "throw the error the API gave, as it is: do not return a receipt, or throw an error of your own"
    )
    #expect(
      time == payment.latency,
      "throw when the API calls back (at \(Console.seconds(payment.latency)) s), not before"
    )
  }

  // MARK: 4.3

  /// Items whose transforms take the given latencies, and the limit.
  struct MapCase: Sendable, CustomTestStringConvertible {
    let limit: Int
    let latencies: [Duration]

    init(_ count: Int, atMost limit: Int, seed: UInt64) {
      self.limit = limit
      latencies = seededLatencies(count, seed: seed)
    }

    var urls: [String] { latencies.indices.map { url("/items/\($0 + 1)") } }

    func api(on loop: EventLoop) -> RemoteAPI {
      RemoteAPI(
        loop: loop,
        latency: .perURL(
          Dictionary(uniqueKeysWithValues: zip(urls, latencies))))
    }

    var testDescription: String {
      "\(latencies.count) items, at most \(limit): "
        + latencies.map { "\(Console.seconds($0))s" }.joined(separator: " ")
    }
  }

  @Test(
    "Exercise 4.3: never more than the limit at once, outputs in order",
    arguments: [
      MapCase(20, atMost: 1, seed: 51),
      MapCase(20, atMost: 3, seed: 52),
      MapCase(12, atMost: 4, seed: 53),
      MapCase(6, atMost: 25, seed: 54),
    ]
  )
  func concurrentMapLimit(mapCase: MapCase) throws {
    let loop = EventLoop(mode: .simulated)
    let api = mapCase.api(on: loop)
    let urls = mapCase.urls
    let limit = mapCase.limit
    let outcome = try attempt("4.3") {
      try loop.run {
        let bodies = try await concurrentMap(urls, atMost: limit) { url in
          try await api.fetch(url)
        }
        return (bodies, loop.now)
      }
    }
    guard let (bodies, time) = outcome else { return }
    let expectedPeak = min(limit, urls.count)
    #expect(
      bodies == urls.map { "Data from \($0)" },
      "outputs in the order of the items, not the order they finish")
    #expect(
      api.stats.peakInFlight == expectedPeak,
      "at most \(limit) at once, and no fewer while work is waiting: \(expectedPeak) in flight together"
    )
    #expect(api.stats.calls == urls.count, "one transform per item")
    let expected = slidingWindowTime(mapCase.latencies, limit: limit)
    #expect(
      time == expected,
      "start the next item as soon as any one ends: done at \(Console.seconds(expected)) s"
    )
  }

  @Test("Exercise 4.3: a new transform starts as soon as one ends, in order")
  func concurrentMapSlidingWindow() throws {
    // With a limit of 2, the 3 s item keeps its slot while the three 1 s
    // items take turns in the other: 3 s in all. Waiting for each pair to
    // finish before starting the next takes 4 s. Later items finish first,
    // so outputs collected as they finish come out of order.
    let loop = EventLoop(mode: .simulated)
    let latencies = ["a": 3, "b": 1, "c": 1, "d": 1]
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL(
        Dictionary(
          uniqueKeysWithValues: latencies.map { (url("/\($0)"), .seconds($1)) })
      )
    )
    let urls = ["a", "b", "c", "d"].map { url("/\($0)") }
    let outcome = try attempt("4.3") {
      try loop.run {
        let bodies = try await concurrentMap(urls, atMost: 2) { url in
          try await api.fetch(url)
        }
        return (bodies, loop.now)
      }
    }
    guard let outcome else { return }
    #expect(
      outcome.0 == urls.map { "Data from \($0)" },
      "outputs in the order of the items, not the order they finish"
    )
    #expect(
      outcome.1 == .seconds(3),
      "start the next item as soon as any one ends, not after a whole batch"
    )
    #expect(
      api.stats.peakInFlight == 2,
      "at most 2 at once, and no fewer while work is waiting")
  }

  @Test("Exercise 4.3: a limit below 1 counts as 1", arguments: [0, -3])
  func concurrentMapZeroLimit(limit: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let urls = [url("/x"), url("/y"), url("/z")]
    let bodies = try attempt("4.3") {
      try loop.run {
        try await concurrentMap(urls, atMost: limit) { url in
          try await api.fetch(url)
        }
      }
    }
    guard let bodies else { return }
    #expect(
      bodies == urls.map { "Data from \($0)" },
      "a limit below 1 counts as 1: transform every item, one at a time (max(limit, 1))"
    )
    #expect(
      api.stats.peakInFlight == 1,
      "a limit below 1 counts as 1: one transform at a time")
  }

  /// Items whose transforms take the given latencies, some of which fail,
  /// and what a sliding window does up to the first failure.
  struct FailingMapCase: Sendable, CustomTestStringConvertible {
    let limit: Int
    let latencies: [Int]
    let failing: Set<Int>
    /// The item (from 1) whose failure comes first, in time.
    let firstFailure: Int
    /// When it fails, in seconds.
    let failsAt: Int
    /// How many transforms have started by then.
    let started: Int

    var urls: [String] { latencies.indices.map { url("/items/\($0 + 1)") } }

    func api(on loop: EventLoop) -> RemoteAPI {
      RemoteAPI(
        loop: loop,
        latency: .perURL(
          Dictionary(
            uniqueKeysWithValues: zip(urls, latencies.map { .seconds($0) }))),
        failures: .urls(Set(failing.map { url("/items/\($0)") }))
      )
    }

    var testDescription: String {
      "at most \(limit): "
        + latencies.enumerated().map { index, latency in
          "\(latency)s" + (failing.contains(index + 1) ? " fails" : "")
        }.joined(separator: " ")
    }
  }

  @Test(
    "Exercise 4.3: the first error is rethrown, and nothing starts after it",
    arguments: [
      // Items 1 and 2 start; 3 takes 2's lane at 1 s and fails at 3 s.
      FailingMapCase(
        limit: 2, latencies: [5, 1, 2, 4, 1], failing: [3], firstFailure: 3,
        failsAt: 3, started: 3),
      // Item 4 starts at 1 s and fails at 2 s, before item 1 fails at 4 s.
      FailingMapCase(
        limit: 3, latencies: [4, 3, 1, 1, 2, 1], failing: [1, 4],
        firstFailure: 4, failsAt: 2, started: 4),
      // One at a time: item 2 fails at 2 s; items 3 and 4 never start.
      FailingMapCase(
        limit: 1, latencies: [1, 1, 1, 1], failing: [2], firstFailure: 2,
        failsAt: 2, started: 2),
    ]
  )
  func concurrentMapError(mapCase: FailingMapCase) throws {
    let loop = EventLoop(mode: .simulated)
    let api = mapCase.api(on: loop)
    let urls = mapCase.urls
    let limit = mapCase.limit
    let outcome = try attempt("4.3") {
      try loop.run { () async -> ((any Error)?, Duration) in
        do {
          _ = try await concurrentMap(urls, atMost: limit) {
            try await api.fetch($0)
          }
          return (nil, loop.now)
        } catch {
          return (error, loop.now)
        }
      }
    }
    guard let (thrown, time) = outcome else { return }
    let first = "/items/\(mapCase.firstFailure)"
    #expect(
      thrown as? APIError == .serverError(url: url(first)),
      "rethrow the first error thrown, in time: \(first)'s, at \(mapCase.failsAt) s"
    )
    #expect(
      time == .seconds(mapCase.failsAt),
      "rethrow the first error as soon as it is thrown (at \(mapCase.failsAt) s), without waiting for the other transforms"
    )
    #expect(
      api.stats.calls == mapCase.started,
      "start no transform after the first error: \(mapCase.started) had started when \(first) failed"
    )
  }

  // MARK: 4.4

  /// Calls `cache.body(for:)` once for each URL in `urls`, all at once, and
  /// returns what each call got, in the order of `urls`: its body, or
  /// "error".
  private static func callAtOnce(
    _ cache: ResponseCache, _ urls: [String]
  ) async -> [String] {
    await withTaskGroup(of: (Int, String).self) { group in
      for (index, url) in urls.enumerated() {
        group.addTask {
          do {
            return (index, try await cache.body(for: url))
          } catch {
            return (index, "error")
          }
        }
      }
      var outcomes = [String](repeating: "", count: urls.count)
      for await (index, outcome) in group { outcomes[index] = outcome }
      return outcomes
    }
  }

  @Test(
    "Exercise 4.4: concurrent calls for one URL send one request",
    arguments: [
      Array(repeating: "/price", count: 5),
      ["/price", "/stock", "/price", "/reviews", "/stock", "/price"],
    ]
  )
  func cacheDeduplicates(paths: [String]) throws {
    let loop = EventLoop(mode: .simulated)
    let distinct = Set(paths)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL([url("/stock"): .seconds(2)]),
      responses: Dictionary(
        uniqueKeysWithValues: distinct.map { (url($0), "body of \($0)") })
    )
    let outcomes = try attempt("4.4") {
      try loop.run {
        let cache = ResponseCache(api: api, executor: loop)
        let atOnce = await Self.callAtOnce(cache, paths.map(url))
        let later = await Self.callAtOnce(cache, paths.map(url))
        return (atOnce, later)
      }
    }
    guard let (atOnce, later) = outcomes else { return }
    let expected = paths.map { "body of \($0)" }
    #expect(
      atOnce == expected,
      "each caller gets the body of the URL it asked for, whichever other URLs are asked for at the same time"
    )
    #expect(
      later == expected,
      "a later call gets the same body, from the cache")
    #expect(
      api.stats.calls == distinct.count,
      "one request per URL, however many callers (\(distinct.count) URL\(distinct.count == 1 ? "" : "s")): keep the request's Task from the moment it starts, and have later callers await its value"
    )
  }

  @Test("Exercise 4.4: two caches keep their own bodies")
  func cachesAreSeparate() throws {
    let loop = EventLoop(mode: .simulated)
    let first = RemoteAPI(
      loop: loop, responses: [url("/price"): "12 EUR"])
    let second = RemoteAPI(
      loop: loop, responses: [url("/price"): "13 USD"])
    let bodies = try attempt("4.4") {
      try loop.run {
        let europe = ResponseCache(api: first, executor: loop)
        let america = ResponseCache(api: second, executor: loop)
        let one = try await europe.body(for: url("/price"))
        let other = try await america.body(for: url("/price"))
        return [one, other]
      }
    }
    guard let bodies else { return }
    #expect(
      bodies == ["12 EUR", "13 USD"] && first.stats.calls == 1
        && second.stats.calls == 1,
      "each cache asks its own API and keeps its own bodies: keep them in a property of the actor, not in a static or a global"
    )
  }

  @Test("Exercise 4.4: a failure is not kept; the next call tries again")
  func cacheRetriesFailures() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .firstAttempts(1))
    let outcomes = try attempt("4.4") {
      try loop.run {
        let cache = ResponseCache(api: api, executor: loop)
        var outcomes: [String] = []
        for _ in 1...2 {
          do {
            outcomes.append(try await cache.body(for: url("/flaky")))
          } catch {
            outcomes.append("error")
          }
        }
        return outcomes
      }
    }
    guard let outcomes else { return }
    #expect(
      outcomes == ["error", "Data from \(url("/flaky"))"],
      "the first call throws the request's error; the next one gets the body"
    )
    #expect(
      api.stats.calls == 2,
      "after a failure, the next call fetches again: do not keep a failed task")
  }

  @Test(
    "Exercise 4.4: callers waiting for a request that fails get its error",
    arguments: [2, 5]
  )
  func cacheSharesFailures(callers: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .firstAttempts(1))
    let outcomes = try attempt("4.4") {
      try run(
        loop,
        ifStuck:
          "the callers waiting for the request were never resumed: when it fails, every caller waiting for it must get its error, as each gets the body when it succeeds"
      ) {
        let cache = ResponseCache(api: api, executor: loop)
        let atOnce = await Self.callAtOnce(
          cache, Array(repeating: url("/flaky"), count: callers))
        let after = await Self.callAtOnce(cache, [url("/flaky")])
        return (atOnce, after[0])
      }
    }
    guard let (atOnce, after) = outcomes ?? nil else { return }
    #expect(
      atOnce == Array(repeating: "error", count: callers),
      "the \(callers) calls at once share one request, and its outcome: when it fails, each of them throws its error"
    )
    #expect(
      after == "Data from \(url("/flaky"))" && api.stats.calls == 2,
      "one request for the calls at once, then one more for the call after the failure, which gets the body: do not keep a failed task"
    )
  }

  // MARK: 4.5

  /// Calls `downloadBody(url, using: service)` in a task on `loop`, cancels
  /// that task after `cancelAfter` (before it starts, if zero), and returns
  /// how the call ended, and when: nil if exercise 4.5 is unsolved, or if
  /// the loop ran out of work first (then it records `ifStuck`).
  private static func attemptDownload(
    _ url: String,
    on loop: EventLoop,
    service: DownloadService,
    cancelAfter: Duration?,
    ifStuck why: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CallOutcome? {
    try attemptCall(
      "4.5", on: loop, cancelAfter: cancelAfter, ifStuck: why,
      sourceLocation: sourceLocation
    ) {
      try await downloadBody(url, using: service)
    }
  }

  @Test(
    "Exercise 4.5: not cancelled, the body, when the download ends",
    arguments: [Duration.seconds(2), .milliseconds(700)]
  )
  func downloadFinishes(latency: Duration) throws {
    let loop = EventLoop(mode: .simulated)
    let service = DownloadService(
      clock: loop.clock, executor: loop, latency: latency)
    let outcome = try Self.attemptDownload(
      url("/video"), on: loop, service: service, cancelAfter: nil,
      ifStuck:
        "the call never returned: resume the continuation in the download's completion handler, with its result"
    )
    guard let outcome else { return }
    #expect(
      outcome == .value("Data from \(url("/video"))", at: latency),
      "return the body the download calls back with, when it calls back (\(Console.seconds(latency)) s)"
    )
    #expect(service.stats.started == 1, "one download for one call")
  }

  @Test("Exercise 4.5: a failed download's error is thrown as it is")
  func downloadFails() throws {
    let loop = EventLoop(mode: .simulated)
    let service = DownloadService(
      clock: loop.clock, executor: loop, failing: [url("/missing")])
    let outcome = try Self.attemptDownload(
      url("/missing"), on: loop, service: service, cancelAfter: nil,
      ifStuck:
        "the call never returned: resume the continuation with the error too")
    guard let outcome else { return }
    let failed = DownloadError.failed(url: url("/missing"))
    #expect(
      outcome == .error("\(failed)", at: .seconds(2)),
      "a download that fails, in a task nobody cancelled, throws the download's own error (\(failed)) at 2.0 s: turn only a cancellation into CancellationError"
    )
  }

  @Test(
    "Exercise 4.5: cancelled during the download, CancellationError at once",
    arguments: [Duration.milliseconds(300), .milliseconds(500), .seconds(1)]
  )
  func downloadCancelled(after delay: Duration) throws {
    let loop = EventLoop(mode: .simulated)
    let service = DownloadService(clock: loop.clock, executor: loop)
    let outcome = try Self.attemptDownload(
      url("/video"), on: loop, service: service, cancelAfter: delay,
      ifStuck:
        "the cancelled call never returned: the download calls its completion handler with .cancelled when you cancel it; resume the continuation there, once"
    )
    guard let outcome else { return }
    let at = Console.seconds(delay)
    switch outcome {
    case .cancellationError(let time):
      #expect(
        time == delay,
        "cancelled at \(at) s, the call must throw at \(at) s")
    case .value(_, let time):
      Issue.record(
        "the task was cancelled at \(at) s, but the call returned the body at \(Console.seconds(time)) s: cancelling the task must cancel the download, with withTaskCancellationHandler"
      )
    case .error(let error, _):
      Issue.record(
        "the task was cancelled at \(at) s and the call threw \(error): throw CancellationError instead, the error callers catch to tell a stop from a failure"
      )
    }
    #expect(
      service.stats.cancelled == 1 && service.stats.inFlight == 0,
      "cancel the download itself, so that nothing is left running")
  }

  @Test("Exercise 4.5: cancelled before the call, no download left running")
  func downloadAlreadyCancelled() throws {
    let loop = EventLoop(mode: .simulated)
    let service = DownloadService(clock: loop.clock, executor: loop)
    let outcome = try Self.attemptDownload(
      url("/video"), on: loop, service: service, cancelAfter: .zero,
      ifStuck:
        "the cancelled call never returned: resume the continuation once, whatever the download calls back with"
    )
    guard let outcome else { return }
    switch outcome {
    case .cancellationError(let time):
      #expect(
        time == .zero,
        "the task was cancelled before the call: throw CancellationError at once (0.0 s), not at \(Console.seconds(time)) s"
      )
    case .value(_, let time):
      Issue.record(
        "the task was cancelled before the call, and the download ran its full \(Console.seconds(time)) s: when the task is already cancelled, onCancel runs before operation, when there is no download to cancel yet. Check Task.isCancelled once you have started the download (or before)"
      )
    case .error(let error, _):
      Issue.record(
        "the task was cancelled before the call, and the call threw \(error): throw CancellationError instead"
      )
    }
    #expect(
      service.stats.inFlight == 0,
      "no download may be left running after the call returns")
  }
}
