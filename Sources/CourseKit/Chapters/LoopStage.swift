/// What a scene on the course's ``EventLoop`` can use: the loop, its clock,
/// the console, a timeline, and simulated APIs.
///
/// ``Scene/callbacks(_:_:)`` and ``Scene/onLoop(_:_:)`` scenes get one.
/// Their code runs on the loop, in the loop's time: real time in
/// `make lesson-N`, simulated time with `SIMULATED=1`.
///
/// ```swift
/// .callbacks("Three requests in flight") { stage in
///   let api = stage.api(latency: .fixed(.seconds(2)))
///   api.fetch("https://example.com/a") { result in
///     stage.console.log("\(result)")
///   }
/// }
/// ```
public struct LoopStage: Sendable {
  /// The loop the scene runs on.
  public let loop: EventLoop
  /// Where the scene prints.
  public let console: Console
  /// Activities recorded here are drawn as a chart after the scene.
  public let timeline: Timeline
  /// Makes simulated APIs whose calls complete on the loop and are drawn
  /// on ``timeline``: `stage.api(latency: …)`.
  public let api: APIFactory

  /// The loop's clock.
  public var clock: LoopClock { loop.clock }

  init(loop: EventLoop, console: Console) {
    self.loop = loop
    self.console = console
    let timeline = Timeline(clock: loop.clock)
    self.timeline = timeline
    self.api = APIFactory(waiting: .on(loop), timeline: timeline)
  }
}
