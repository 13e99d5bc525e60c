/// At most one request every `interval`: an API that allows 100 requests a
/// second spaces them 10 ms apart. Each caller asks for a start time, and
/// sleeps until then.
actor RateLimit<C: Clock<Duration>> {
  private let clock: C
  private let interval: Duration
  private var next: C.Instant

  init(perSecond: Int, clock: C) {
    self.clock = clock
    interval = .seconds(1) / perSecond
    next = clock.now
  }

  /// When the caller may start: now, or `interval` after the last start.
  func start() -> C.Instant {
    let start = max(clock.now, next)
    next = start.advanced(by: interval)
    return start
  }
}
