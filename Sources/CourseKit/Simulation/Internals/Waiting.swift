/// How a ``RemoteAPI`` call waits out its latency: on an ``EventLoop``'s
/// timers, or on a clock on Swift's runtime.
struct Waiting: Sendable {
  /// Runs the work after the delay: the callback form.
  let schedule: @Sendable (Duration, @escaping @Sendable () -> Void) -> Void
  /// Suspends the calling task for the delay: the async form.
  let sleep: @Sendable (Duration) async throws -> Void

  /// On `loop`, in its time.
  static func on(_ loop: EventLoop) -> Waiting {
    Waiting(
      schedule: { delay, work in loop.callLater(after: delay, work) },
      sleep: { delay in try await loop.clock.sleep(for: delay) }
    )
  }

  /// On `clock`, on Swift's runtime: callbacks come from a new task, on
  /// whatever thread that task runs.
  static func on<C: Clock<Duration>>(_ clock: C) -> Waiting {
    Waiting(
      schedule: { delay, work in
        Task {
          try? await clock.sleep(for: delay)
          work()
        }
      },
      sleep: { delay in try await clock.sleep(for: delay) }
    )
  }
}
