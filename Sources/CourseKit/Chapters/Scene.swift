/// One small program in a chapter.
///
/// Every kind of scene can wait, so "async or not" does not tell them apart.
/// What does is where the scene's code runs:
///
/// - ``callbacks(_:_:)``: callbacks on the course's ``EventLoop``
///   (chapters 1–3);
/// - ``onLoop(_:_:)``: an async main task on the course's loop, as in
///   `asyncio.run(main())`;
/// - ``inSimulatedTime(_:_:)``: the same, always in simulated time, for what
///   would take minutes in real time (chapter 8);
/// - ``onSwiftRuntime(_:_:)``: Swift's own runtime in real time, and the
///   course's loop in simulated time (chapter 4 on).
public struct Scene: Sendable {
  private enum Body {
    case callbacks(@Sendable (LoopStage) -> Void)
    case onLoop(@Sendable (LoopStage) async throws -> Void)
    case inSimulatedTime(@Sendable (LoopStage) async throws -> Void)
    case onSwiftRuntime(@Sendable (RuntimeStage) async throws -> Void)
  }

  /// The scene's title, printed before its output.
  public let title: String
  private let body: Body

  /// A scene whose code schedules callbacks. It runs as the loop's first
  /// callback, and the scene lasts until the loop has nothing left to run or
  /// is stopped.
  public static func callbacks(
    _ title: String,
    _ body: @escaping @Sendable (LoopStage) -> Void
  ) -> Scene {
    Scene(title: title, body: .callbacks(body))
  }

  /// A scene whose code is an async main task on the course's loop, as in
  /// `asyncio.run(main())`. The scene lasts until the task returns.
  public static func onLoop(
    _ title: String,
    _ body: @escaping @Sendable (LoopStage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .onLoop(body))
  }

  /// A scene whose code is an async main task on the course's loop in
  /// simulated time, even when the chapter runs in real time.
  ///
  /// Ten thousand 50 ms requests one after another take over eight minutes;
  /// a lesson cannot ask you to wait for them. In simulated time they take
  /// a moment, and the times the scene prints are exact: what the same code
  /// takes in real time, less the cost of running it.
  public static func inSimulatedTime(
    _ title: String,
    _ body: @escaping @Sendable (LoopStage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .inSimulatedTime(body))
  }

  /// A scene whose code runs on Swift's own runtime in real time, and on the
  /// course's loop in simulated time. The scene lasts until `body` returns;
  /// tasks it leaves running are not waited for.
  public static func onSwiftRuntime(
    _ title: String,
    _ body: @escaping @Sendable (RuntimeStage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .onSwiftRuntime(body))
  }

  /// Runs the scene on a fresh clock, and returns its timeline.
  func run(mode: EventLoop.Mode, console: Console) throws -> Timeline {
    if case .onSwiftRuntime(let body) = body, mode == .realTime {
      let stage = RuntimeStage.onSwiftRuntime(console: console)
      console.startClock(stage.clock)
      try runOnSwiftRuntime { try await body(stage) }
      return stage.timeline
    }
    let loop: EventLoop
    if case .inSimulatedTime = body {
      loop = EventLoop(mode: .simulated)
    } else {
      loop = EventLoop(mode: mode)
    }
    console.startClock(loop.clock)
    let timeline: Timeline
    switch body {
    case .callbacks(let body):
      let stage = LoopStage(loop: loop, console: console)
      timeline = stage.timeline
      loop.callSoon { body(stage) }
      try loop.run()
    case .onLoop(let body), .inSimulatedTime(let body):
      let stage = LoopStage(loop: loop, console: console)
      timeline = stage.timeline
      try loop.run { try await body(stage) }
    case .onSwiftRuntime(let body):
      let stage = RuntimeStage.onLoop(loop, console: console)
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
