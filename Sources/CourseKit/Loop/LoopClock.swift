/// The clock of an ``EventLoop``: it tells the loop's time and sleeps on the
/// loop's timers.
///
/// Code that calls `Task.sleep` or `ContinuousClock().sleep` is stuck with
/// real time: a test of a 30-second timeout takes 30 seconds, and two
/// sleepers due together wake in either order. Code that takes a clock as a
/// parameter can be given this one instead, and then sleeps in the loop's
/// time: real or simulated, always in a fixed order.
///
/// ```swift
/// func poll(every interval: Duration, clock: some Clock<Duration>) async throws {
///   while true {
///     try await clock.sleep(for: interval)
///     // …
///   }
/// }
/// ```
public struct LoopClock: Clock {
  /// A point in the loop's time: how long after the loop started.
  public struct Instant: InstantProtocol {
    /// The time since the loop started.
    public let offset: Duration

    /// The instant `duration` later.
    public func advanced(by duration: Duration) -> Instant {
      Instant(offset: offset + duration)
    }

    /// The time from this instant to `other`.
    public func duration(to other: Instant) -> Duration {
      other.offset - offset
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
      lhs.offset < rhs.offset
    }
  }

  let loop: EventLoop

  /// The loop's current time.
  public var now: Instant { Instant(offset: loop.now) }

  /// The loop measures time exactly: there is no minimum step.
  public var minimumResolution: Duration { .zero }

  /// Suspends the calling task until `deadline`. The task must be running on
  /// the loop; sleepers due at the same instant wake in the order they
  /// started sleeping.
  ///
  /// - Throws: `CancellationError` if the task is cancelled while it sleeps.
  public func sleep(until deadline: Instant, tolerance: Duration? = nil)
    async throws
  {
    try await loop.sleep(until: deadline.offset)
  }
}
