/// A chapter's program: scenes that run one after another, each on a fresh
/// loop whose time starts at zero, like separate small programs.
public struct Chapter: Sendable {
  /// The chapter's number, as in `make lesson-1`.
  public let number: Int
  /// The chapter's title.
  public let title: String
  /// The scenes, in the order they run.
  public let scenes: [Scene]

  /// Creates chapter `number` called `title`.
  public init(_ number: Int, _ title: String, scenes: [Scene]) {
    self.number = number
    self.title = title
    self.scenes = scenes
  }

  /// Runs every scene in `mode`, printing to `console`.
  ///
  /// In real time, a ``Scene/runtime(_:_:)`` scene runs on Swift's pool
  /// while this thread waits for it, so call this from a thread of your own
  /// (the main thread, as ``LessonRunner`` does), not from a task.
  ///
  /// - Throws: what a scene throws, or a ``LoopError``.
  public func run(mode: EventLoop.Mode, console: Console) throws {
    let heading = "Chapter \(number): \(title)"
    console.print(heading)
    console.print(String(repeating: "=", count: heading.count))
    for (index, scene) in scenes.enumerated() {
      console.print()
      console.print("--- \(index + 1). \(scene.title) ---")
      let timeline = try scene.run(mode: mode, console: console)
      if !timeline.isEmpty {
        console.print()
        for line in timeline.chart() { console.print(line) }
      }
    }
  }
}

/// What a scene's code can use: the loop it runs on, the console, and a
/// timeline that is drawn when the scene ends, if the scene used it.
public struct Stage: Sendable {
  /// The loop the scene runs on.
  public let loop: EventLoop
  /// Where the scene prints.
  public let console: Console
  /// Activities recorded here are drawn as a chart after the scene.
  public let timeline: Timeline

  /// The loop's clock.
  public var clock: LoopClock { loop.clock }

  init(loop: EventLoop, console: Console) {
    self.loop = loop
    self.console = console
    self.timeline = Timeline(clock: loop.clock)
  }
}

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

extension UnfinishedWork {
  /// `1 scheduled callback never ran, 2 sleeping tasks never woke up`.
  var summary: String {
    func count(_ number: Int, _ one: String, _ many: String) -> String? {
      number == 0 ? nil : "\(number) \(number == 1 ? one : many)"
    }
    return [
      count(
        callbacks,
        "scheduled callback never ran",
        "scheduled callbacks never ran"
      ),
      count(
        sleepingTasks,
        "sleeping task never woke up",
        "sleeping tasks never woke up"
      ),
      count(readyTasks, "task never resumed", "tasks never resumed"),
    ].compactMap { $0 }.joined(separator: ", ")
  }
}
