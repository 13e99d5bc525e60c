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
}
