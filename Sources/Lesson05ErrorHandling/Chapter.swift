import CourseKit

let chapter = Chapter(
  5,
  "Error handling",
  scenes: [
    .onSwiftRuntime("Awaiting the slow request first") { stage in
      await reportFirst(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("Awaiting the failing request first") { stage in
      await quoteFirst(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("return_exceptions=True: a Result for each") { stage in
      let names = ["success", "fail", "success"]
      let results = await gatherResults(names, clock: stage.clock)
      show(results, console: stage.console)
    },
    .onSwiftRuntime("A round of Results, cancelled") { stage in
      try await cancelledRound(
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("A group asked for its results") { stage in
      await failFast(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("A group that waits for all") { stage in
      await waitForEveryone(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("A group never asked") { stage in
      await neverAsked(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("A discarding group") { stage in
      await discardingFailFast(
        api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("A child that ignores cancellation") { stage in
      await stubbornSibling(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("Two errors, one thrown") { stage in
      await firstErrorOnly(api: reportAndQuote(stage), console: stage.console)
    },
    .onSwiftRuntime("Cancelled, and nobody checks") { stage in
      let api = uploadAPI(stage)
      try await cancel(after: .milliseconds(700), stage) {
        try await uploadAll(uploads, api: api, console: stage.console)
      }
    },
    .onSwiftRuntime("Cancelled, and checked before each step") { stage in
      let api = uploadAPI(stage)
      try await cancel(after: .milliseconds(700), stage) {
        try await uploadAllUnlessCancelled(
          uploads, api: api, console: stage.console)
      }
    },
    .onSwiftRuntime("Back in a cancelled task") { stage in
      try await alreadyCancelled(
        api: stage.api(drawn: false),
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("A task inside a cancelled task") { stage in
      try await innerTaskRunsOn(
        api: stage.api(),
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("Cancellation forwarded to a task") { stage in
      try await innerTaskForwarded(
        api: stage.api(),
        clock: stage.clock,
        executor: stage.executor,
        console: stage.console
      )
    },
    .onSwiftRuntime("try? in a polling loop") { stage in
      try await cancel(after: .milliseconds(2500), stage) {
        await pollSwallowingCancellation(
          clock: stage.clock, console: stage.console)
      }
    },
    .onSwiftRuntime("try in a polling loop") { stage in
      try await cancel(after: .milliseconds(2500), stage) {
        try await poll(clock: stage.clock, console: stage.console)
      }
    },
    .onSwiftRuntime("A catch-all that swallows cancellation") { stage in
      let api = pagesAPI(stage)
      try await cancel(after: .milliseconds(700), stage) {
        let fetched = await pagesSkippingFailures(
          pageURLs, api: api, console: stage.console)
        stage.console.log("returned \(fetched.count) of 4 pages")
      }
    },
    .onSwiftRuntime("A catch that lets cancellation through") { stage in
      let api = pagesAPI(stage)
      try await cancel(after: .milliseconds(700), stage) {
        let fetched = try await pages(
          pageURLs, api: api, console: stage.console)
        stage.console.log("returned \(fetched.count) of 4 pages")
      }
    },
    .onSwiftRuntime("A timeout") { stage in
      let api = stage.api(latency: .perURL(timeoutLatencies))
      for url in [
        "https://api.example.com/report", "https://api.example.com/quote",
      ] {
        await fetch(
          url, within: .seconds(1), api: api, clock: stage.clock,
          console: stage.console)
      }
    },
    .onSwiftRuntime("A timeout the operation ignores") { stage in
      await timeoutIgnored(
        api: stage.api(latency: .perURL(timeoutLatencies)),
        clock: stage.clock,
        console: stage.console
      )
    },
    .onSwiftRuntime("A timeout for each call") { stage in
      await timeoutPerCall(
        roundURLs,
        api: stage.api(latency: .fixed(.milliseconds(800))),
        clock: stage.clock,
        console: stage.console
      )
    },
    .onSwiftRuntime("One deadline for the round") { stage in
      await oneDeadline(
        roundURLs,
        api: stage.api(latency: .fixed(.milliseconds(800))),
        clock: stage.clock,
        console: stage.console
      )
    },
    .onSwiftRuntime("Retry with backoff") { stage in
      try await retryTheQuote(
        api: flakyQuote(stage), clock: stage.clock, console: stage.console)
    },
    .onSwiftRuntime("A retry, cancelled") { stage in
      let api = flakyQuote(stage)
      try await cancel(after: .milliseconds(500), stage) {
        try await retryTheQuote(
          api: api, clock: stage.clock, console: stage.console)
      }
    },
    .onSwiftRuntime("Typed throws") { stage in
      await showPrices(
        ["AAPL", "ZZZZ"], clock: stage.clock, console: stage.console)
    },
  ])

// The report takes a second; the quote fails after 0.3 s, the news after
// 0.6 s.
func reportAndQuote(_ stage: RuntimeStage) -> RemoteAPI {
  stage.api(
    latency: .perURL(
      [
        "https://api.example.com/report": .seconds(1),
        "https://api.example.com/quote": .milliseconds(300),
        "https://api.example.com/news": .milliseconds(600),
      ]),
    failures: .urls([
      "https://api.example.com/quote", "https://api.example.com/news",
    ])
  )
}

// Four uploads of half a second each, drawn by file name.
let uploads = ["a.jpg", "b.jpg", "c.jpg", "d.jpg"]

func uploadAPI(_ stage: RuntimeStage) -> RemoteAPI {
  stage.api(latency: .fixed(.milliseconds(500))) { url in
    "upload \(url.split(separator: "/").last ?? "")"
  }
}

// Four pages of half a second each.
let pageURLs = (1...4).map { "https://api.example.com/page/\($0)" }

func pagesAPI(_ stage: RuntimeStage) -> RemoteAPI {
  stage.api(latency: .fixed(.milliseconds(500)))
}

// The report takes 2 s, the quote half a second.
let timeoutLatencies: [String: Duration] = [
  "https://api.example.com/report": .seconds(2),
  "https://api.example.com/quote": .milliseconds(500),
]

let roundURLs = ["a", "b", "c"].map { "https://api.example.com/\($0)" }

// A quote service that answers in 0.1 s, and fails its first three calls.
func flakyQuote(_ stage: RuntimeStage) -> RemoteAPI {
  stage.api(
    latency: .fixed(.milliseconds(100)), failures: .firstAttempts(3))
}

// `cancel(after:…)` with the stage's clock, executor and console.
func cancel(
  after delay: Duration,
  _ stage: RuntimeStage,
  _ work: @escaping @Sendable () async throws -> Void
) async throws {
  try await cancel(
    after: delay,
    clock: stage.clock,
    executor: stage.executor,
    console: stage.console,
    work
  )
}
