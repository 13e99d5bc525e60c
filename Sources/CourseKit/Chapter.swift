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
  /// - Throws: what a scene throws, or a ``LoopError``.
  public func run(mode: EventLoop.Mode, console: Console) throws {
    let heading = "Chapter \(number): \(title)"
    console.print(heading)
    console.print(String(repeating: "=", count: heading.count))
    for (index, scene) in scenes.enumerated() {
      console.print()
      console.print("--- \(index + 1). \(scene.title) ---")
      let loop = EventLoop(mode: mode)
      console.startClock(loop.clock)
      let timeline = Timeline(clock: loop.clock)
      try scene.run(Stage(loop: loop, console: console, timeline: timeline))
      let unfinished = loop.unfinishedWork
      if !unfinished.isEmpty {
        console.log("(the program ends: \(unfinished.summary))")
      }
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
}

/// One small program in a chapter.
public struct Scene: Sendable {
  private enum Body {
    case callbacks(@Sendable (Stage) -> Void)
    case task(@Sendable (Stage) async throws -> Void)
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

  /// A scene whose code is an async main task, as in `asyncio.run(main())`.
  /// The scene lasts until the task returns.
  public static func task(
    _ title: String,
    _ body: @escaping @Sendable (Stage) async throws -> Void
  ) -> Scene {
    Scene(title: title, body: .task(body))
  }

  func run(_ stage: Stage) throws {
    switch body {
    case .callbacks(let body):
      stage.loop.callSoon { body(stage) }
      try stage.loop.run()
    case .task(let body):
      try stage.loop.run { try await body(stage) }
    }
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
