/// A chapter's program: scenes that run one after another, each on a fresh
/// loop whose time starts at zero, like separate small programs.
public struct Chapter: Sendable {
  /// The chapter's number, as in `make lesson-1`.
  public let number: Int
  /// The chapter's title.
  public let title: String
  /// The scenes, in the order they run.
  public let scenes: [Scene]
  /// What `--live` runs instead of the scenes, on Swift's runtime in real
  /// time, with real I/O; nil if the chapter has no live mode.
  public let live: (@Sendable (Console) async throws -> Void)?

  /// Creates chapter `number` called `title`.
  ///
  /// A scene runs in simulated time too, so it cannot touch a socket: the
  /// network does not wait for a virtual clock. A chapter about real I/O
  /// gives `live` a program that does, run by `--live`.
  public init(
    _ number: Int,
    _ title: String,
    scenes: [Scene],
    live: (@Sendable (Console) async throws -> Void)? = nil
  ) {
    self.number = number
    self.title = title
    self.scenes = scenes
    self.live = live
  }

  /// Runs every scene in `mode`, printing to `console`.
  ///
  /// In real time, a ``Scene/onSwiftRuntime(_:_:)`` scene runs on Swift's
  /// pool while this thread waits for it, so call this from a thread of your
  /// own (the main thread, as ``LessonRunner`` does), not from a task.
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

  /// Runs the chapter's live mode on Swift's runtime, printing to
  /// `console`; call it from a thread of your own, as ``run(mode:console:)``.
  ///
  /// - Throws: what the live program throws.
  func runLive(
    _ live: @escaping @Sendable (Console) async throws -> Void,
    console: Console
  ) throws {
    let heading = "Chapter \(number): \(title) (live)"
    console.print(heading)
    console.print(String(repeating: "=", count: heading.count))
    console.print()
    console.startClock(ContinuousClock())
    try runOnSwiftRuntime { try await live(console) }
  }
}
