import Synchronization

/// A record of when named pieces of work ran and waited, drawn as a text
/// chart so you can see what overlapped.
///
/// Concurrency is easy to claim and hard to see in a list of log lines. Give
/// each piece of work a lane, mark when it starts and ends, and print the
/// chart:
///
/// ```text
/// fetch url1 |██████████          | 0.0s–2.0s
/// fetch url2 |          ××××××××××| 2.0s–4.0s
///            0.0s              4.0s
/// ```
///
/// Work is drawn `█`, waiting `░` (an element in a buffer, a producer
/// waiting for space), and work that failed `×` (a ``RemoteAPI`` call that
/// failed, for one, or an element a buffer dropped).
public final class Timeline: Sendable {
  /// What a lane was doing during a segment.
  enum Activity: Sendable {
    /// Working, or waiting on I/O it started: drawn `█`.
    case running
    /// Waiting for something else before it can go on: drawn `░`.
    case waiting
    /// An activity that ended in failure: drawn `×`.
    case failed
  }

  /// The order of the lanes in the chart.
  enum LaneOrder: Sendable {
    /// In the order each lane first appeared. On one thread that order is
    /// fixed.
    case firstAppearance
    /// By when each lane first started, to the tenth of a second, then by
    /// name. Tasks that start together on several threads begin in any
    /// order; this order is the same every run.
    case startThenName
  }

  struct Segment {
    var lane: String
    var activity: Activity
    var start: Duration
    var end: Duration?
  }

  let elapsed: @Sendable () -> Duration
  let segments = Mutex<[Segment]>([])
  let laneOrder: LaneOrder

  /// Creates a timeline that measures time on `clock`, from zero now.
  init<C: Clock<Duration>>(
    clock: C,
    laneOrder: LaneOrder = .firstAppearance
  ) {
    let origin = clock.now
    elapsed = { origin.duration(to: clock.now) }
    self.laneOrder = laneOrder
  }

  /// Whether nothing has been recorded.
  var isEmpty: Bool { segments.withLock { $0.isEmpty } }

  /// Marks the start of work in `lane`. Call ``Span/end()`` on the result
  /// when it is over.
  public func begin(_ lane: String) -> Span {
    begin(lane, .running)
  }

  /// Marks the start of a wait in `lane`: drawn `░`, where ``begin(_:)``
  /// draws `█`. Call ``Span/end()`` on the result when the wait is over.
  public func beginWaiting(_ lane: String) -> Span {
    begin(lane, .waiting)
  }

  /// Marks the start of `activity` in `lane`.
  func begin(_ lane: String, _ activity: Activity) -> Span {
    let start = elapsed()
    let index = segments.withLock { segments in
      segments.append(
        Segment(lane: lane, activity: activity, start: start, end: nil)
      )
      return segments.count - 1
    }
    return Span(timeline: self, index: index)
  }

  /// Runs `work` and records it in `lane`, from when it starts to when it
  /// returns or throws.
  public func measure<T>(
    _ lane: String,
    _ work: () async throws -> T
  ) async rethrows -> T {
    let span = begin(lane)
    defer { span.end() }
    return try await work()
  }

  /// An activity that has begun; end it once.
  public struct Span: Sendable {
    let timeline: Timeline
    let index: Int

    /// Marks the activity as over now. Ending it again does nothing.
    public func end() {
      finish(failed: false)
    }

    /// Marks the activity as over now, and as failed: it is drawn `×`.
    /// An activity that begins and fails at once is one `×`.
    public func fail() {
      finish(failed: true)
    }

    private func finish(failed: Bool) {
      let now = timeline.elapsed()
      timeline.segments.withLock { segments in
        guard segments[index].end == nil else { return }
        segments[index].end = now
        if failed { segments[index].activity = .failed }
      }
    }
  }
}
