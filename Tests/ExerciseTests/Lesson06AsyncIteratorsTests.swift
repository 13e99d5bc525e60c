import CourseTestSupport
import Testing

@testable import CourseKit

#if LEARNER
  @testable import Exercises
#else
  @testable import Solutions
#endif

private let items = "https://api.example.com/items"

private func page(_ number: Int) -> String {
  "\(items)?page=\(number)"
}

/// An API whose page N answers `bodies[N - 1]` after 0.1 s, and whose page
/// after the last answers "", the end.
private func pagedAPI(
  _ bodies: [String],
  on loop: EventLoop,
  failing: Set<String> = []
) -> RemoteAPI {
  var responses: [String: String] = [:]
  for (index, body) in bodies.enumerated() {
    responses[page(index + 1)] = body
  }
  responses[page(bodies.count + 1)] = ""
  return RemoteAPI(
    loop: loop, latency: .fixed(.milliseconds(100)), failures: .urls(failing),
    responses: responses)
}

/// Runs `body` on a fresh loop as exercise `number`, with `subject` (the
/// learner's channel or broadcast): what it returns, or nil if the
/// exercise is unsolved or stuck.
private func attempt<Subject: Sendable, Value: Sendable>(
  _ number: String,
  with subject: Subject,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: @escaping @Sendable (Subject, EventLoop) async throws -> Value
) throws -> Value? {
  try attemptOnLoop(number, ifStuck: why, sourceLocation: sourceLocation) {
    try await body(subject, $0)
  }
}

@Suite("Chapter 6 exercises")
struct Lesson06AsyncIteratorsTests {
  // MARK: 6.1

  @Test("Exercise 6.1: every page's items, in order, ending at the empty page")
  func pagesInOrder() throws {
    let loop = EventLoop(mode: .simulated)
    let api = pagedAPI(["a,b", "c", "d,e,f"], on: loop)
    let outcome = try attempt("6.1") {
      try run(
        loop,
        ifStuck:
          "the pages never ended: an empty body is the end, so return nil for it"
      ) {
        var pages: [[String]] = []
        for try await items in Pages(api: api, baseURL: items) {
          pages.append(items)
          if pages.count > 10 { break }
        }
        return (pages, loop.now)
      }
    }
    guard let (pages, time) = outcome ?? nil else { return }
    #expect(
      pages == [["a", "b"], ["c"], ["d", "e", "f"]],
      """
      the items of pages 1, 2 and 3, split at the commas, and nothing for \
      the empty page 4 (page N is at "\(items)?page=N", from 1)
      """)
    #expect(
      api.stats.calls == 4,
      "one request per page, and one for the empty page that ends them")
    #expect(
      time == .milliseconds(400),
      "four requests of 0.1 s, one after the other: done at 0.4 s")
  }

  @Test("Exercise 6.1: a page is fetched only when the consumer asks for it")
  func pagesOnDemand() throws {
    let loop = EventLoop(mode: .simulated)
    let api = pagedAPI(["a", "b", "c", "d"], on: loop)
    let outcome = try attempt("6.1") {
      try run(loop, ifStuck: "next() never returned") {
        var iterator = Pages(api: api, baseURL: items).makeAsyncIterator()
        try await loop.clock.sleep(for: .seconds(1))
        let beforeAsking = api.stats.calls
        let first = try await iterator.next()
        try await loop.clock.sleep(for: .seconds(1))
        let afterOne = api.stats.calls
        let second = try await iterator.next()
        try await loop.clock.sleep(for: .seconds(1))
        return (beforeAsking, first, afterOne, second, api.stats.calls)
      }
    }
    guard let (beforeAsking, first, afterOne, second, afterTwo) = outcome ?? nil
    else { return }
    #expect(
      beforeAsking == 0,
      "making the iterator fetched \(beforeAsking) pages: nothing may be fetched before next() is called"
    )
    #expect(first == ["a"] && second == ["b"], "pages 1 and 2, in order")
    #expect(
      afterOne == 1,
      "after one next(), \(afterOne) pages were fetched: fetch one page per next(), none ahead (a pull-based sequence computes nothing the consumer has not asked for)"
    )
    #expect(
      afterTwo == 2,
      "after two next() calls, \(afterTwo) pages were fetched: one page per next(), none ahead"
    )
  }

  @Test("Exercise 6.1: a consumer that stops early costs only what it read")
  func pagesPrefix() throws {
    let loop = EventLoop(mode: .simulated)
    let api = pagedAPI((1...8).map { "item \($0)" }, on: loop)
    let outcome = try attempt("6.1") {
      try run(loop, ifStuck: "the pages never came") {
        var pages: [[String]] = []
        for try await items in Pages(api: api, baseURL: items).prefix(2) {
          pages.append(items)
        }
        try await loop.clock.sleep(for: .seconds(1))
        return pages
      }
    }
    guard let pages = outcome ?? nil else { return }
    #expect(pages == [["item 1"], ["item 2"]])
    #expect(
      api.stats.calls == 2,
      "prefix(2) asked for two pages, and \(api.stats.calls) were fetched: fetch a page only when next() is called"
    )
  }

  @Test("Exercise 6.1: an error is thrown, and then the sequence has ended")
  func pagesError() throws {
    let loop = EventLoop(mode: .simulated)
    let api = pagedAPI(["a", "b", "c"], on: loop, failing: [page(2)])
    let outcome = try attempt("6.1") {
      try run(loop, ifStuck: "next() never returned") {
        var iterator = Pages(api: api, baseURL: items).makeAsyncIterator()
        let first = try await iterator.next()
        var thrown: (any Error)?
        do {
          _ = try await iterator.next()
        } catch {
          thrown = error
        }
        var afterError: [[String]?] = []
        var threwAgain: String?
        do {
          afterError.append(try await iterator.next())
          afterError.append(try await iterator.next())
        } catch {
          threwAgain = "\(error)"
        }
        return (first, thrown.map { "\($0)" }, afterError, threwAgain)
      }
    }
    guard let (first, thrown, afterError, threwAgain) = outcome ?? nil else {
      return
    }
    #expect(
      threwAgain == nil,
      "after an error the sequence has ended: next() must return nil, not fetch and throw again (it threw \(threwAgain ?? ""))"
    )
    #expect(first == ["a"])
    #expect(
      thrown == "server error from \(page(2))",
      "page 2's request failed: next() must throw its error, not skip the page or end quietly (it threw \(thrown ?? "nothing"))"
    )
    #expect(
      afterError.allSatisfy { $0 == nil },
      "after an error the sequence has ended: next() returns nil (it returned \(afterError))"
    )
    #expect(
      api.stats.calls == 2,
      "after the error, next() must not fetch again: \(api.stats.calls) requests, not 2"
    )
  }

  @Test("Exercise 6.1: after the end, next() returns nil without fetching")
  func pagesAfterEnd() throws {
    let loop = EventLoop(mode: .simulated)
    let api = pagedAPI(["a"], on: loop)
    let outcome = try attempt("6.1") {
      try run(loop, ifStuck: "next() never returned") {
        var iterator = Pages(api: api, baseURL: items).makeAsyncIterator()
        var results: [[String]?] = []
        for _ in 0..<4 {
          results.append(try await iterator.next())
        }
        return results
      }
    }
    guard let results = outcome ?? nil else { return }
    #expect(
      results == [["a"], nil, nil, nil],
      "page 1, then the end (the empty page 2), and the end again: \(results)"
    )
    #expect(
      api.stats.calls == 2,
      "once the pages have ended, next() returns nil without a request: \(api.stats.calls) requests, not 2"
    )
  }

  // MARK: 6.2

  /// Sends `element` in a task of its own on `loop`, after `delay`, and
  /// records how the send ended: `"sent x at 0.0 s"` or `"x threw … at …"`.
  private static func send(
    _ element: String,
    after delay: Duration = .zero,
    on channel: BoundedChannel<String>,
    loop: EventLoop,
    into log: Recorder<String>
  ) -> Task<Void, Never> {
    Task(executorPreference: loop) {
      if delay > .zero { try? await loop.clock.sleep(for: delay) }
      do {
        try await channel.send(element)
        log.record("sent \(element) at \(Console.seconds(loop.now)) s")
      } catch {
        log.record(
          "send(\(element)) threw \(error) at \(Console.seconds(loop.now)) s")
      }
    }
  }

  /// Reads `count` elements (or to the end), one every `interval` from
  /// `start`, and records each with its time.
  private static func read(
    _ count: Int,
    from channel: BoundedChannel<String>,
    startingAt start: Duration,
    every interval: Duration,
    loop: EventLoop,
    into log: Recorder<String>
  ) async throws {
    try await loop.clock.sleep(for: start)
    for _ in 0..<count {
      guard let element = await channel.next() else {
        log.record("end at \(Console.seconds(loop.now)) s")
        return
      }
      log.record("got \(element) at \(Console.seconds(loop.now)) s")
      try await loop.clock.sleep(for: interval)
    }
  }

  @Test("Exercise 6.2: send returns while there is room, then waits for space")
  func channelBackpressure() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 2),
      ifStuck:
        "a send or next() waited forever: when the consumer takes an element, resume a waiting sender; when a sender brings one, resume a waiting consumer"
    ) { channel, loop in
      let producer = Task(executorPreference: loop) {
        for element in ["1", "2", "3", "4"] {
          try await channel.send(element)
          log.record("sent \(element) at \(Console.seconds(loop.now)) s")
        }
      }
      try await Self.read(
        4, from: channel, startingAt: .seconds(1), every: .milliseconds(500),
        loop: loop, into: log)
      try await producer.value
    }
    guard done != nil else { return }
    #expect(
      log.all == [
        "sent 1 at 0.0 s", "sent 2 at 0.0 s", "got 1 at 1.0 s",
        "sent 3 at 1.0 s", "got 2 at 1.5 s", "sent 4 at 1.5 s",
        "got 3 at 2.0 s", "got 4 at 2.5 s",
      ],
      """
      with a capacity of 2, sends 1 and 2 return at once, and send 3 waits \
      for the consumer to take 1 at 1.0 s (send 4 for 2, at 1.5 s). \
      Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test(
    "Exercise 6.2: a waiting consumer gets an element as soon as it is sent")
  func channelWaitingConsumer() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "next() waited forever: a send must resume a consumer that waits for an element"
    ) { channel, loop in
      let sender = Self.send(
        "x", after: .milliseconds(500), on: channel, loop: loop, into: log)
      try await Self.read(
        1, from: channel, startingAt: .zero, every: .zero, loop: loop,
        into: log)
      await sender.value
    }
    guard done != nil else { return }
    #expect(
      Set(log.all) == ["sent x at 0.5 s", "got x at 0.5 s"],
      "the consumer waits from 0.0 s, and gets x when it is sent, at 0.5 s: \(log.all)"
    )
  }

  @Test("Exercise 6.2: senders waiting for space get it in the order they came")
  func channelFairness() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "a send or next() waited forever: each element the consumer takes makes room for the sender that has waited longest"
    ) { channel, loop in
      try await channel.send("0")
      let senders = [("A", 100), ("B", 200), ("C", 300)].map { name, ms in
        Self.send(
          name, after: .milliseconds(ms), on: channel, loop: loop, into: log)
      }
      try await Self.read(
        4, from: channel, startingAt: .seconds(1), every: .milliseconds(100),
        loop: loop, into: log)
      for sender in senders { await sender.value }
    }
    guard done != nil else { return }
    let got = log.all.filter { $0.hasPrefix("got") }
    #expect(
      got == [
        "got 0 at 1.0 s", "got A at 1.1 s", "got B at 1.2 s",
        "got C at 1.3 s",
      ],
      """
      A, B and C wait for space from 0.1, 0.2 and 0.3 s, and must get it \
      in that order, first come first served. Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test(
    "Exercise 6.2: a waiting sender that is cancelled throws, sends nothing, and gives its place"
  )
  func channelCancelledSender() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "a send or next() waited forever: a cancelled sender must leave the line, so the next sender gets the space, and nothing waits for the cancelled one"
    ) { channel, loop in
      try await channel.send("0")
      let a = Self.send(
        "A", after: .milliseconds(100), on: channel, loop: loop, into: log)
      let b = Self.send(
        "B", after: .milliseconds(200), on: channel, loop: loop, into: log)
      try await loop.clock.sleep(for: .milliseconds(500))
      a.cancel()
      await a.value
      try await Self.read(
        2, from: channel, startingAt: .milliseconds(500),
        every: .milliseconds(100), loop: loop, into: log)
      await b.value
      _ = Self.send("C", on: channel, loop: loop, into: log)
      try await loop.clock.sleep(for: .milliseconds(100))
      channel.finish()
      try await Self.read(
        2, from: channel, startingAt: .zero, every: .zero, loop: loop,
        into: log)
    }
    guard done != nil else { return }
    #expect(
      log.all.first == "send(A) threw CancellationError() at 0.5 s",
      """
      A waits for space from 0.1 s, and is cancelled at 0.5 s: its send \
      must throw CancellationError then. Got:
      \(log.all.joined(separator: "\n"))
      """)
    #expect(
      log.all.dropFirst() == [
        "got 0 at 1.0 s", "sent B at 1.0 s", "got B at 1.1 s",
        "sent C at 1.2 s", "got C at 1.3 s", "end at 1.3 s",
      ],
      """
      after A's cancel, B is first in line: it gets the space at 1.0 s; A \
      is never delivered, and later sends find room as before. Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test(
    "Exercise 6.2: a send in a cancelled task throws at once, and sends nothing"
  )
  func channelAlreadyCancelled() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 2),
      ifStuck:
        "a send in a cancelled task, or the next() after finish(), waited forever: a send in a cancelled task must throw CancellationError before it waits, and finish() must end the channel"
    ) { channel, loop in
      let sender = Task(executorPreference: loop) {
        withUnsafeCurrentTask { $0?.cancel() }
        do {
          try await channel.send("x")
          log.record("sent x")
        } catch {
          log.record("send(x) threw \(error)")
        }
      }
      await sender.value
      channel.finish()
      try await Self.read(
        1, from: channel, startingAt: .zero, every: .zero, loop: loop,
        into: log)
    }
    guard done != nil else { return }
    #expect(
      log.all == ["send(x) threw CancellationError()", "end at 0.0 s"],
      """
      a send in a cancelled task must throw CancellationError, even with \
      room in the buffer, and x must not be delivered. Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test(
    "Exercise 6.2: finish() drains the buffer, then ends; senders throw ChannelFinished"
  )
  func channelFinish() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "a send or next() waited forever: finish() must resume every waiting sender (with ChannelFinished) and a waiting consumer (with nil)"
    ) { channel, loop in
      try await channel.send("1")
      let waiting = Self.send(
        "2", after: .milliseconds(100), on: channel, loop: loop, into: log)
      try await loop.clock.sleep(for: .milliseconds(500))
      channel.finish()
      await waiting.value
      await Self.send("3", on: channel, loop: loop, into: log).value
      try await Self.read(
        3, from: channel, startingAt: .milliseconds(500), every: .zero,
        loop: loop, into: log)
    }
    guard done != nil else { return }
    #expect(
      log.all == [
        "send(2) threw ChannelFinished() at 0.5 s",
        "send(3) threw ChannelFinished() at 0.5 s",
        "got 1 at 1.0 s", "end at 1.0 s",
      ],
      """
      finish() at 0.5 s: the sender waiting with 2 throws ChannelFinished, \
      and so does a later send; the consumer still gets 1, then the end. \
      Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test("Exercise 6.2: a consumer waiting when the channel finishes gets nil")
  func channelFinishWakesConsumer() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "next() waited forever: finish() must resume a consumer that waits, with nil"
    ) { channel, loop in
      let finisher = Task(executorPreference: loop) {
        try await loop.clock.sleep(for: .milliseconds(500))
        channel.finish()
      }
      try await Self.read(
        1, from: channel, startingAt: .zero, every: .zero, loop: loop,
        into: log)
      try await finisher.value
    }
    guard done != nil else { return }
    #expect(log.all == ["end at 0.5 s"])
  }

  @Test(
    "Exercise 6.2: a sender that comes as space is made waits behind those in line"
  )
  func channelNoJumpingTheLine() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck: "a send or next() waited forever"
    ) { channel, loop in
      try await channel.send("0")
      let a = Self.send(
        "A", after: .milliseconds(100), on: channel, loop: loop, into: log)
      let n = Self.send(
        "N", after: .seconds(1), on: channel, loop: loop, into: log)
      try await Self.read(
        3, from: channel, startingAt: .seconds(1), every: .milliseconds(100),
        loop: loop, into: log)
      await a.value
      await n.value
    }
    guard done != nil else { return }
    #expect(
      log.all.filter { $0.hasPrefix("got") } == [
        "got 0 at 1.0 s", "got A at 1.1 s", "got N at 1.2 s",
      ],
      """
      A waits for space from 0.1 s; N is sent at 1.0 s, the instant the \
      consumer takes 0. The space is A's: move A's element in when 0 is \
      taken, rather than waking A to try again, when N can take it first. \
      Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test("Exercise 6.2: a consumer cancelled while it waits gets nil")
  func channelCancelledConsumer() throws {
    let log = Recorder<String>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 1),
      ifStuck:
        "next() waited forever in a cancelled task: a consumer whose task is cancelled while it waits must get nil at once (a cancellation handler around its wait)"
    ) { channel, loop in
      let consumer = Task(executorPreference: loop) {
        try await Self.read(
          1, from: channel, startingAt: .zero, every: .zero, loop: loop,
          into: log)
      }
      try await loop.clock.sleep(for: .milliseconds(500))
      consumer.cancel()
      try await consumer.value
      await Self.send("x", on: channel, loop: loop, into: log).value
      try await Self.read(
        1, from: channel, startingAt: .zero, every: .zero, loop: loop,
        into: log)
    }
    guard done != nil else { return }
    #expect(
      log.all == ["end at 0.5 s", "sent x at 0.5 s", "got x at 0.5 s"],
      """
      the consumer waits from 0.0 s and is cancelled at 0.5 s: next() \
      must return nil then; a later send still finds room, and the next \
      consumer gets it. Got:
      \(log.all.joined(separator: "\n"))
      """)
  }

  @Test(
    "Exercise 6.2: three producers and a slow consumer: never more than the capacity in the channel"
  )
  func channelManyProducers() throws {
    let log = Recorder<String>()
    let worst = Recorder<Int>()
    let done: Void? = try attempt(
      "6.2", with: BoundedChannel<String>(capacity: 2),
      ifStuck:
        "a send or next() waited forever: each element taken must let one waiting sender in"
    ) { channel, loop in
      let counts = Recorder<Int>()  // +1 per send returned, -1 per read
      let producers = ["a", "b", "c"].map { name in
        Task(executorPreference: loop) {
          for index in 1...5 {
            try await channel.send("\(name)\(index)")
            counts.record(1)
            worst.record(counts.all.reduce(0, +))
          }
        }
      }
      Task(executorPreference: loop) {
        for producer in producers { try await producer.value }
        channel.finish()
      }
      for await element in channel {
        counts.record(-1)
        log.record(element)
        try await loop.clock.sleep(for: .milliseconds(100))
      }
    }
    guard done != nil else { return }
    #expect(log.all.count == 15, "15 elements sent, \(log.all.count) read")
    for name in ["a", "b", "c"] {
      #expect(
        log.all.filter { $0.hasPrefix(name) } == (1...5).map { "\(name)\($0)" },
        "each producer's elements arrive in the order it sent them")
    }
    // The element on its way to the consumer may not be counted as read
    // yet when the sender it made room for returns: hence 2 + 1.
    #expect(
      (worst.all.max() ?? 0) <= 3,
      "sends returned minus elements read reached \(worst.all.max() ?? 0): a channel of capacity 2 must never hold more than 2 (plus the one on its way to the consumer)"
    )
  }

  // MARK: 6.3

  /// Reads `stream` to its end in a task on `loop`.
  private static func collect(
    _ stream: AsyncStream<Int>,
    on loop: EventLoop
  ) -> Task<[Int], Never> {
    Task(executorPreference: loop) {
      var values: [Int] = []
      for await value in stream { values.append(value) }
      return values
    }
  }

  private static let finishWakes =
    "a subscriber's loop waited forever: finish() must finish every subscriber's stream, and a stream made after finish() must be finished already"

  @Test("Exercise 6.3: every subscriber gets every element, in order")
  func broadcastEveryone() throws {
    let outcome = try attempt(
      "6.3", with: Broadcast<Int>(limit: 10), ifStuck: Self.finishWakes
    ) {
      broadcast, loop in
      let a = Self.collect(broadcast.subscribe(), on: loop)
      let b = Self.collect(broadcast.subscribe(), on: loop)
      for value in 1...4 {
        broadcast.send(value)
        try await loop.clock.sleep(for: .milliseconds(100))
      }
      broadcast.finish()
      return (await a.value, await b.value, broadcast.subscribers)
    }
    guard let (a, b, left) = outcome else { return }
    #expect(
      left == 0,
      "finish() ends every subscriber's stream, so every subscriber must be forgotten: \(left) still counted"
    )
    #expect(
      a == [1, 2, 3, 4] && b == [1, 2, 3, 4],
      "both subscribers must get 1, 2, 3, 4, not share them out (AsyncStream alone splits them): A got \(a), B got \(b)"
    )
  }

  @Test("Exercise 6.3: a subscriber gets what is sent after it subscribed")
  func broadcastLateSubscriber() throws {
    let outcome = try attempt(
      "6.3", with: Broadcast<Int>(limit: 10), ifStuck: Self.finishWakes
    ) {
      broadcast, loop in
      let a = Self.collect(broadcast.subscribe(), on: loop)
      broadcast.send(1)
      let b = Self.collect(broadcast.subscribe(), on: loop)
      broadcast.send(2)
      broadcast.finish()
      return (await a.value, await b.value)
    }
    guard let (a, b) = outcome else { return }
    #expect(a == [1, 2], "the first subscriber gets 1 and 2: \(a)")
    #expect(b == [2], "the second subscribed after 1 was sent: \(b)")
  }

  @Test("Exercise 6.3: a slow subscriber keeps the newest `limit` elements")
  func broadcastLimit() throws {
    let outcome = try attempt(
      "6.3", with: Broadcast<Int>(limit: 2), ifStuck: Self.finishWakes
    ) { broadcast, loop in
      let stream = broadcast.subscribe()
      for value in 1...5 { broadcast.send(value) }
      broadcast.finish()
      return await Self.collect(stream, on: loop).value
    }
    guard let values = outcome else { return }
    #expect(
      values == [4, 5],
      "with a limit of 2, a subscriber that has read nothing keeps the newest two, 4 and 5, and drops the oldest (bufferingNewest): got \(values)"
    )
  }

  @Test("Exercise 6.3: finish() ends every stream after what it buffered")
  func broadcastFinish() throws {
    let outcome = try attempt(
      "6.3", with: Broadcast<Int>(limit: 10), ifStuck: Self.finishWakes
    ) {
      broadcast, loop in
      let early = broadcast.subscribe()
      broadcast.send(1)
      broadcast.finish()
      broadcast.send(2)
      let late = Self.collect(broadcast.subscribe(), on: loop)
      return (await Self.collect(early, on: loop).value, await late.value)
    }
    guard let (early, late) = outcome else { return }
    #expect(
      early == [1],
      "a stream finished after 1 was sent still delivers 1, then ends; nothing sent after finish() arrives: \(early)"
    )
    #expect(late == [], "a stream made after finish() is already finished")
  }

  @Test("Exercise 6.3: a subscriber whose consumer stops is forgotten")
  func broadcastForgets() throws {
    let outcome = try attempt(
      "6.3", with: Broadcast<Int>(limit: 10), ifStuck: Self.finishWakes
    ) {
      broadcast, loop in
      let stays = Self.collect(broadcast.subscribe(), on: loop)
      let leaves = Self.collect(broadcast.subscribe(), on: loop)
      try await loop.clock.sleep(for: .milliseconds(100))
      let both = broadcast.subscribers
      leaves.cancel()
      _ = await leaves.value
      try await loop.clock.sleep(for: .milliseconds(100))
      let afterCancel = broadcast.subscribers
      _ = broadcast.subscribe()  // a stream nobody keeps
      try await loop.clock.sleep(for: .milliseconds(100))
      let afterDrop = broadcast.subscribers
      broadcast.send(1)
      broadcast.finish()
      return (both, afterCancel, afterDrop, await stays.value)
    }
    guard let (both, afterCancel, afterDrop, stays) = outcome else { return }
    #expect(both == 2, "two subscribers, counted: \(both)")
    #expect(
      afterCancel == 1,
      "a subscriber whose consumer's task is cancelled must be forgotten (its stream's onTermination runs): \(afterCancel) subscribers, not 1"
    )
    #expect(
      afterDrop == 1,
      "a stream that nobody holds terminates; forget its subscriber too: \(afterDrop) subscribers, not 1"
    )
    #expect(stays == [1], "the remaining subscriber still gets 1: \(stays)")
  }
}

#if !LEARNER
  #if canImport(Glibc)
    import Glibc

    /// Whether the Thread Sanitizer runs in this process. On Linux it does
    /// not see `Mutex`'s futex, so it reports races on state the lock
    /// guards.
    private let threadSanitizerOnLinux = dlsym(nil, "__tsan_init") != nil
  #else
    private let threadSanitizerOnLinux = false
  #endif

  /// The reference channel on Swift's own runtime, where producers and the
  /// consumer run on several threads at once: a lost wake-up or a
  /// continuation resumed twice would hang or crash this test. (The
  /// exercise's tests run on one thread, where such gaps never open.)
  @Suite("Chapter 6 reference solutions on Swift's runtime")
  struct Lesson06ReferenceStressTests {
    @Test(
      "four producers, one consumer, some senders cancelled: nothing lost",
      .disabled(
        if: threadSanitizerOnLinux,
        "the Thread Sanitizer cannot see Mutex's lock on Linux"))
    func channelUnderContention() async throws {
      let channel = BoundedChannel<Int>(capacity: 2)
      let perProducer = 5_000
      let sent = Recorder<Int>()
      let received = await withTaskGroup(of: [Int].self) { group in
        for producer in 0..<4 {
          group.addTask {
            // Every seventh send runs in a task cancelled at once.
            var mine: [Int] = []
            for index in 0..<perProducer {
              let element = producer * perProducer + index
              if index % 7 == 0 {
                let task = Task { try await channel.send(element) }
                task.cancel()
                if (try? await task.value) != nil { mine.append(element) }
              } else if (try? await channel.send(element)) != nil {
                mine.append(element)
              }
            }
            for element in mine { sent.record(element) }
            return []
          }
        }
        let consumer = Task {
          var got: [Int] = []
          for await element in channel { got.append(element) }
          return got
        }
        await group.waitForAll()
        channel.finish()
        return await consumer.value
      }
      #expect(
        received.sorted() == sent.all.sorted(),
        "every element whose send returned arrives, once; no other does")
      for producer in 0..<4 {
        let mine = received.filter { $0 / perProducer == producer }
        #expect(mine == mine.sorted(), "producer \(producer)'s order is kept")
      }
    }
  }
#endif
