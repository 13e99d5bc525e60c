/// What a scene that runs on Swift's runtime can use: a clock, an executor,
/// the console, a timeline, and simulated APIs.
///
/// Code written for Swift's runtime sleeps with `Task.sleep` and starts tasks
/// with `Task { }`, so it runs in real time, and lines due at the same
/// instant come out in any order. Code that takes its clock and executor as
/// parameters can be run both ways: on Swift's runtime in real time, and on
/// the course's ``EventLoop`` in simulated time, instantly and in a fixed
/// order. ``Scene/onSwiftRuntime(_:_:)`` scenes get one of these.
///
/// ```swift
/// func fetchLater(clock: some Clock<Duration>, executor: any TaskExecutor) {
///   Task(executorPreference: executor) {
///     try await clock.sleep(for: .seconds(1))
///   }
/// }
/// ```
public struct RuntimeStage: Sendable {
  /// `ContinuousClock` in real time; the loop's clock in simulated time.
  public let clock: any Clock<Duration>
  /// Where new tasks should run: Swift's global concurrent executor in real
  /// time (where `Task { }` runs from code outside any actor); the loop in
  /// simulated time.
  public let executor: any TaskExecutor
  /// Where the scene prints.
  public let console: Console
  /// Activities recorded here are drawn as a chart after the scene.
  public let timeline: Timeline
  /// Makes simulated APIs that wait on ``clock`` and are drawn on
  /// ``timeline``: `stage.api(latency: …)`.
  public let api: APIFactory
  /// Whether the scene runs in real time, where a signal or a socket can
  /// reach it; in simulated time only the loop's own timers can.
  public let isRealTime: Bool
}

extension RuntimeStage {
  /// A stage on Swift's runtime: `ContinuousClock` and the global
  /// concurrent executor.
  static func onSwiftRuntime(console: Console) -> RuntimeStage {
    let clock = ContinuousClock()
    let timeline = Timeline(clock: clock, laneOrder: .startThenName)
    return RuntimeStage(
      clock: clock,
      executor: globalConcurrentExecutor,
      console: console,
      timeline: timeline,
      api: APIFactory(waiting: .on(clock), timeline: timeline),
      isRealTime: true
    )
  }

  /// A stage on `loop`, in its time.
  static func onLoop(_ loop: EventLoop, console: Console) -> RuntimeStage {
    let timeline = Timeline(clock: loop.clock, laneOrder: .startThenName)
    return RuntimeStage(
      clock: loop.clock,
      executor: loop,
      console: console,
      timeline: timeline,
      api: APIFactory(waiting: .on(loop), timeline: timeline),
      isRealTime: loop.mode == .realTime
    )
  }
}
