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
