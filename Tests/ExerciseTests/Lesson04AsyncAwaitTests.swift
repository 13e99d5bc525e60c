import CourseKit
import Synchronization
import Testing

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private struct Declined: Error, Equatable {}

private func url(_ path: String) -> String {
  "https://api.example.com\(path)"
}

@Suite("Chapter 4 exercises: async/await")
struct Lesson04AsyncAwaitTests {
  /// A callback payment API that answers after 1 s on `loop`.
  private static func payment(on loop: EventLoop, declines: Bool)
    -> @Sendable (String, @escaping PaymentCompletion) -> Void
  {
    { card, completion in
      loop.callLater(after: .seconds(1)) {
        completion(
          declines ? .failure(Declined()) : .success("receipt for \(card)"))
      }
    }
  }

  @Test("Exercise 4.2: the receipt, once the callback API answers")
  func chargeSucceeds() throws {
    let loop = EventLoop(mode: .simulated)
    var outcome: (String, Duration)?
    let solved = try attempt("4.2") {
      outcome = try loop.run {
        let receipt = try await charge(
          "4242",
          using: Self.payment(on: loop, declines: false)
        )
        return (receipt, loop.now)
      }
    }
    guard solved else { return }
    #expect(outcome?.0 == "receipt for 4242")
    #expect(outcome?.1 == .seconds(1), "return when the API calls back")
  }

  @Test("Exercise 4.2: the error the callback API answers with is thrown")
  func chargeFails() throws {
    let loop = EventLoop(mode: .simulated)
    var thrown: (any Error)?
    let solved = try attempt("4.2") {
      thrown = try loop.run { () async -> (any Error)? in
        do {
          _ = try await charge(
            "4242", using: Self.payment(on: loop, declines: true))
          return nil
        } catch {
          return error
        }
      }
    }
    guard solved else { return }
    #expect(thrown is Declined, "throw the error the API gave")
  }

  @Test("Exercise 4.1: three requests at once, not one after another")
  func dashboardAtOnce() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL([
        url("/users/7"): .seconds(1),
        url("/users/7/orders"): .seconds(3),
        url("/users/7/wishlist"): .seconds(2),
      ])
    )
    var outcome: (Dashboard, Duration)?
    let solved = try attempt("4.1") {
      outcome = try loop.run {
        (try await dashboard(user: 7, api: api), loop.now)
      }
    }
    guard solved else { return }
    #expect(
      outcome?.0
        == Dashboard(
          profile: "Data from \(url("/users/7"))",
          orders: "Data from \(url("/users/7/orders"))",
          wishlist: "Data from \(url("/users/7/wishlist"))"
        ))
    #expect(api.stats.peakInFlight == 3, "start all three before awaiting one")
    #expect(outcome?.1 == .seconds(3), "3 s: the slowest, not 1 + 3 + 2")
  }

  @Test(
    "Exercise 4.3: never more than the limit at once, outputs in order",
    arguments: [1, 3, 25]
  )
  func concurrentMapLimit(limit: Int) throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    let urls = (1...20).map { url("/items/\($0)") }
    var outcome: ([String], Duration)?
    let solved = try attempt("4.3") {
      outcome = try loop.run {
        let bodies = try await concurrentMap(urls, atMost: limit) { url in
          try await api.fetch(url)
        }
        return (bodies, loop.now)
      }
    }
    guard solved else { return }
    let expectedPeak = min(limit, urls.count)
    #expect(
      outcome?.0 == urls.map { "Data from \($0)" }, "in the order of the items")
    #expect(
      api.stats.peakInFlight == expectedPeak,
      "at most \(limit) at once, and no fewer while work is waiting"
    )
    let waves = (urls.count + expectedPeak - 1) / expectedPeak
    #expect(
      outcome?.1 == .seconds(waves), "a new one starts as soon as one ends")
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
    var outcome: ([String], Duration)?
    let solved = try attempt("4.3") {
      outcome = try loop.run {
        let bodies = try await concurrentMap(urls, atMost: 2) { url in
          try await api.fetch(url)
        }
        return (bodies, loop.now)
      }
    }
    guard solved else { return }
    #expect(
      outcome?.0 == urls.map { "Data from \($0)" },
      "outputs in the order of the items, not the order they finish"
    )
    #expect(
      outcome?.1 == .seconds(3),
      "start the next item as soon as any one ends, not after a whole batch"
    )
    #expect(api.stats.peakInFlight == 2)
  }

  @Test("Exercise 4.3: a limit below 1 counts as 1")
  func concurrentMapZeroLimit() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    var bodies: [String]?
    let solved = try attempt("4.3") {
      bodies = try loop.run {
        try await concurrentMap([url("/x"), url("/y")], atMost: 0) { url in
          try await api.fetch(url)
        }
      }
    }
    guard solved else { return }
    #expect(bodies?.count == 2)
    #expect(api.stats.peakInFlight == 1)
  }

  @Test("Exercise 4.3: the first error is rethrown")
  func concurrentMapError() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .urls([url("/items/3")]))
    var thrown: (any Error)?
    let solved = try attempt("4.3") {
      thrown = try loop.run { () async -> (any Error)? in
        do {
          _ = try await concurrentMap(
            (1...5).map { url("/items/\($0)") }, atMost: 2
          ) {
            try await api.fetch($0)
          }
          return nil
        } catch {
          return error
        }
      }
    }
    guard solved else { return }
    #expect(thrown as? APIError == .serverError(url: url("/items/3")))
  }

  @Test("Exercise 4.4: concurrent calls for one URL send one request")
  func cacheDeduplicates() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    var bodies: [String] = []
    let solved = try attempt("4.4") {
      bodies = try loop.run {
        let cache = ResponseCache(api: api, executor: loop)
        return try await withThrowingTaskGroup(of: String.self) { group in
          for _ in 1...5 {
            group.addTask { try await cache.body(for: url("/price")) }
          }
          var bodies: [String] = []
          for try await body in group { bodies.append(body) }
          bodies.append(try await cache.body(for: url("/price")))
          return bodies
        }
      }
    }
    guard solved else { return }
    #expect(bodies == Array(repeating: "Data from \(url("/price"))", count: 6))
    #expect(api.stats.calls == 1, "one request, however many callers")
  }

  @Test("Exercise 4.4: a failure is not kept; the next call tries again")
  func cacheRetriesFailures() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .firstAttempts(1))
    var outcomes: [String] = []
    let solved = try attempt("4.4") {
      outcomes = try loop.run {
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
    guard solved else { return }
    #expect(outcomes == ["error", "Data from \(url("/flaky"))"])
    #expect(
      api.stats.calls == 2, "after a failure, the next call fetches again")
  }
}
