/// One small program in a chapter.
public struct Scene: Sendable {
  private enum Body {
    case callbacks(@Sendable (Stage) -> Void)
    case task(@Sendable (Stage) async throws -> Void)
    case runtime(@Sendable (AsyncStage) async throws -> Void)
  }

  /// The scene's title, printed before its output.
  public let title: String
  private let body: Body

  /// A scene whose code schedules callbacks. It runs as the loop's first
  /// callback, and the scene lasts until the loop has nothing left to run or
  /// is stopped.
  public static func callbacks(
    _ title: String,
    _ body: @escaping @Sendable (Stage) -> Void
  ) -> Scene {
    Scene(title: title, body: .callbacks(body))
  }

  /// A scene whose code is an async main task on the course's loop, as in
  /// `asyncio.run(main())`. The scene lasts until the task returns.
  public static func task(
    _ title: String,
    _ body: @escaping @Sendable (Stage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .task(body))
  }

  /// A scene whose code runs on Swift's own runtime in real time, and on the
  /// course's loop in simulated time. The scene lasts until `body` returns;
  /// tasks it leaves running are not waited for.
  public static func runtime(
    _ title: String,
    _ body: @escaping @Sendable (AsyncStage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .runtime(body))
  }

  /// Runs the scene on a fresh clock, and returns its timeline.
  func run(mode: EventLoop.Mode, console: Console) throws -> Timeline {
    if case .runtime(let body) = body, mode == .realTime {
      let stage = AsyncStage.runtime(console: console)
      console.startClock(stage.clock)
      try runOnSwiftRuntime { try await body(stage) }
      return stage.timeline
    }
    let loop = EventLoop(mode: mode)
    console.startClock(loop.clock)
    let timeline: Timeline
    switch body {
    case .callbacks(let body):
      let stage = Stage(loop: loop, console: console)
      timeline = stage.timeline
      loop.callSoon { body(stage) }
      try loop.run()
    case .task(let body):
      let stage = Stage(loop: loop, console: console)
      timeline = stage.timeline
      try loop.run { try await body(stage) }
    case .runtime(let body):
      let stage = AsyncStage.loop(loop, console: console)
      timeline = stage.timeline
      try loop.run { try await body(stage) }
      return timeline
    }
    let unfinished = loop.unfinishedWork
    if !unfinished.isEmpty {
      console.log("(the program ends: \(unfinished.summary))")
    }
    return timeline
  }
}
