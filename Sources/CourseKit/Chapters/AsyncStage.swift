/// What a scene that runs on Swift's runtime can use: a clock, an executor,
/// the console, a timeline, and simulated APIs.
///
/// Code written for Swift's runtime sleeps with `Task.sleep` and starts tasks
/// with `Task { }`, so it runs in real time, and lines due at the same
/// instant come out in any order. Code that takes its clock and executor as
/// parameters can be run both ways: on Swift's runtime in real time, and on
/// the course's ``EventLoop`` in simulated time, instantly and in a fixed
/// order.
///
/// ```swift
/// func fetchLater(clock: some Clock<Duration>, executor: any TaskExecutor) {
///   Task(executorPreference: executor) {
///     try await clock.sleep(for: .seconds(1))
///   }
/// }
/// ```
public struct AsyncStage: Sendable {
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

  let waiting: Waiting

  /// A simulated API for this scene, on its clock, drawn on its timeline
  /// in a lane per call named by `lane` (by default `GET` and the URL's
  /// path), unless `drawn` is false.
  public func api(
    latency: Latency = .fixed(.seconds(1)),
    failures: Failures = .none,
    seed: UInt64 = 1,
    responses: [String: String] = [:],
    drawn: Bool = true,
    lane: (@Sendable (String) -> String)? = nil
  ) -> RemoteAPI {
    RemoteAPI(
      waiting: waiting,
      latency: latency,
      failures: failures,
      seed: seed,
      responses: responses,
      timeline: drawn ? timeline : nil,
      lane: lane
    )
  }
}

extension AsyncStage {
  /// A stage on Swift's runtime: `ContinuousClock` and the global
  /// concurrent executor.
  static func runtime(console: Console) -> AsyncStage {
    let clock = ContinuousClock()
    return AsyncStage(
      clock: clock,
      executor: globalConcurrentExecutor,
      console: console,
      timeline: Timeline(clock: clock, laneOrder: .startThenName),
      waiting: .on(clock)
    )
  }

  /// A stage on `loop`, in its time.
  static func loop(_ loop: EventLoop, console: Console) -> AsyncStage {
    AsyncStage(
      clock: loop.clock,
      executor: loop,
      console: console,
      timeline: Timeline(clock: loop.clock, laneOrder: .startThenName),
      waiting: .on(loop)
    )
  }
}
