import CourseTestSupport
import Testing

@testable import CourseKit

@Suite("Remote API")
struct RemoteAPITests {
  @Test("the callback form answers after the latency, on the loop")
  func callbackForm() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, latency: .fixed(.seconds(2)))
    let log = Recorder<String>()
    api.fetch("u1") { result in log.record(loop.at("\(result)")) }
    try loop.run()
    #expect(log.all == ["success(\"Data from u1\")@2.0"])
  }

  @Test("the async form suspends for the latency and throws failures")
  func asyncForm() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(
      loop: loop,
      latency: .perURL(["slow": .seconds(3)], otherwise: .seconds(1)),
      failures: .urls(["bad"])
    )
    let log = Recorder<String>()
    try loop.run {
      log.record(loop.at(try await api.fetch("slow")))
      do {
        _ = try await api.fetch("bad")
      } catch {
        log.record(loop.at("\(error)"))
      }
    }
    #expect(log.all == ["Data from slow@3.0", "server error from bad@4.0"])
  }

  @Test("firstAttempts fails the first calls to each URL, then succeeds")
  func firstAttempts() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .firstAttempts(2))
    let outcomes = try loop.run {
      var outcomes: [Bool] = []
      for _ in 1...3 {
        outcomes.append((try? await api.fetch("u")) != nil)
      }
      return outcomes
    }
    #expect(outcomes == [false, false, true])
  }

  @Test("random latencies depend on the seed, the URL and the attempt only")
  func seededLatency() throws {
    func latencies(seed: UInt64, order: [String]) throws -> [String: String] {
      let loop = EventLoop(mode: .simulated)
      let api = RemoteAPI(
        loop: loop,
        latency: .random(.milliseconds(100)...(.seconds(2))),
        seed: seed
      )
      let log = Recorder<String>()
      for url in order {
        api.fetch(url) { _ in log.record("\(url)=\(loop.now)") }
      }
      try loop.run()
      return Dictionary(
        uniqueKeysWithValues: log.all.map {
          let parts = $0.split(separator: "=")
          return (String(parts[0]), String(parts[1]))
        })
    }
    let urls = (1...20).map { "https://api.example.com/\($0)" }
    let forward = try latencies(seed: 7, order: urls)
    #expect(try latencies(seed: 7, order: urls.reversed()) == forward)
    #expect(try latencies(seed: 8, order: urls) != forward)
    #expect(Set(forward.values).count > 10)
  }

  @Test("stats count calls, those in flight, and the peak in flight")
  func stats() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop)
    for index in 1...3 { api.fetch("u\(index)") { _ in } }
    loop.callLater(after: .seconds(5)) { api.fetch("late") { _ in } }
    try loop.advance(to: .milliseconds(999))
    #expect(api.stats == .init(calls: 3, inFlight: 3, peakInFlight: 3))
    try loop.advance(to: .seconds(1))
    #expect(api.stats == .init(calls: 3, inFlight: 0, peakInFlight: 3))
    try loop.advance(to: .seconds(5))
    #expect(api.stats == .init(calls: 4, inFlight: 1, peakInFlight: 3))
    try loop.run()
    #expect(api.stats == .init(calls: 4, inFlight: 0, peakInFlight: 3))
  }
}

@Suite("Remote API: responses and timeline")
struct RemoteAPIResponsesTests {
  @Test("a response table answers its URLs; others answer 'Data from'")
  func responses() throws {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, responses: ["https://x.com/a": "A"])
    let bodies = try loop.run {
      [try await api.fetch("https://x.com/a"), try await api.fetch("b")]
    }
    #expect(bodies == ["A", "Data from b"])
  }

  @Test("each call draws itself on the timeline, named by its path")
  func timeline() throws {
    let loop = EventLoop(mode: .simulated)
    let timeline = Timeline(clock: loop.clock)
    let api = RemoteAPI(loop: loop, timeline: timeline)
    api.fetch("https://x.com/a/b") { _ in
      api.fetch("https://x.com/c") { _ in }
    }
    try loop.run()
    #expect(
      timeline.chart(width: 10) == [
        "GET /a/b |█████     | 0.0s–1.0s",
        "GET /c   |     █████| 1.0s–2.0s",
        "         0.0s    2.0s",
      ])
  }
}

@Suite("Remote API: failed calls on the timeline")
struct RemoteAPIFailureDrawingTests {
  // The two calls to /bad overlap in one lane: if either form drew its
  // failure with █, it would show.
  @Test("a failed call is drawn with ×, in both forms")
  func failedCall() throws {
    let loop = EventLoop(mode: .simulated)
    let timeline = Timeline(clock: loop.clock)
    let api = RemoteAPI(
      loop: loop,
      failures: .urls(["https://x.com/bad"]),
      timeline: timeline
    )
    api.fetch("https://x.com/bad") { _ in }
    try loop.run {
      _ = try? await api.fetch("https://x.com/bad")
      _ = try await api.fetch("https://x.com/good")
    }
    #expect(
      timeline.chart(width: 4) == [
        "GET /bad  |××  | 0.0s–1.0s",
        "GET /good |  ██| 1.0s–2.0s",
        "          0.0s 2.0s",
      ])
  }
}

@Suite("Remote API: seeded failures")
struct RemoteAPISeededFailureTests {
  /// Which of 200 URLs fail at `rate` with `seed`.
  private func failing(rate: Double, seed: UInt64) throws -> Set<String> {
    let loop = EventLoop(mode: .simulated)
    let api = RemoteAPI(loop: loop, failures: .rate(rate), seed: seed)
    let failed = Recorder<String>()
    for index in 1...200 {
      api.fetch("u\(index)") { result in
        if case .failure = result { failed.record("u\(index)") }
      }
    }
    try loop.run()
    return Set(failed.all)
  }

  @Test(
    "a failure rate fails about that share of calls, the same ones per seed")
  func rate() throws {
    let first = try failing(rate: 0.25, seed: 3)
    #expect((30...70).contains(first.count), "about 50 of 200")
    #expect(try failing(rate: 0.25, seed: 3) == first)
    #expect(try failing(rate: 0.25, seed: 4) != first)
    #expect(try failing(rate: 0, seed: 3).isEmpty)
  }
}
