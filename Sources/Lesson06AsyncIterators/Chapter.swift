import CourseKit

let chapter = Chapter(
  6,
  "Async iterators",
  scenes: [
    .onSwiftRuntime("A hand-written AsyncSequence: pulled") { stage in
      let batches = Batches(
        count: 3, clock: stage.clock, timeline: stage.timeline)
      try await processEach(
        batches, clock: stage.clock, console: stage.console,
        timeline: stage.timeline)
    },
    .onSwiftRuntime("An AsyncStream: pushed") { stage in
      let batches = pushedBatches(
        count: 3, clock: stage.clock, executor: stage.executor,
        timeline: stage.timeline)
      try await processEach(
        batches, clock: stage.clock, console: stage.console,
        timeline: stage.timeline)
    },
    .onSwiftRuntime("AsyncThrowingStream(unfolding:): pulled") { stage in
      let batches = unfoldedBatches(
        count: 3, clock: stage.clock, timeline: stage.timeline)
      try await processEach(
        batches, clock: stage.clock, console: stage.console,
        timeline: stage.timeline)
    },
    .onSwiftRuntime("yield, finish() and onTermination") { stage in
      await yieldAndFinish(console: stage.console)
    },
    .onSwiftRuntime("The default: an unbounded buffer") { stage in
      try await produceAndConsume(
        policy: .unbounded, clock: stage.clock, executor: stage.executor,
        console: stage.console, timeline: stage.timeline)
    },
    .onSwiftRuntime("A fast producer, a slow consumer") { stage in
      try await backlog(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("bufferingNewest(2)") { stage in
      try await produceAndConsume(
        policy: .bufferingNewest(2), clock: stage.clock,
        executor: stage.executor, console: stage.console,
        timeline: stage.timeline)
    },
    .onSwiftRuntime("bufferingOldest(2)") { stage in
      try await produceAndConsume(
        policy: .bufferingOldest(2), clock: stage.clock,
        executor: stage.executor, console: stage.console,
        timeline: stage.timeline)
    },
    .onSwiftRuntime("A bounded channel: the producer waits") { stage in
      try await produceAndConsumeWithBackpressure(
        clock: stage.clock, executor: stage.executor,
        console: stage.console, timeline: stage.timeline)
    },
    .onSwiftRuntime("break: the producer carries on") { stage in
      try await breakEarly(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("break, with onTermination") { stage in
      try await breakOutOfTicks(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("Cancelling the consumer's task") { stage in
      try await cancelTheConsumer(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("Nobody calls finish()") { stage in
      try await neverFinished(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("Two consumers, one stream") { stage in
      try await twoConsumers(
        clock: stage.clock, executor: stage.executor, console: stage.console)
    },
    .onSwiftRuntime("Two tickers, merged") { stage in
      try await firstFiveQuotes(
        clock: stage.clock, executor: stage.executor,
        console: stage.console, timeline: stage.timeline)
    },
    .onSwiftRuntime("A timer, mapped, filtered, cut short") { stage in
      await priceAlerts(clock: stage.clock, console: stage.console)
    },
    .onSwiftRuntime("A typed failure") { stage in
      await readQuotes(
        from: QuoteFeed(clock: stage.clock), console: stage.console)
    },
  ])
