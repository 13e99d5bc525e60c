import Testing

@testable import CourseKit

/// Runs `main` on `loop`. If the loop reports a deadlock (the main task
/// waits for something that can never happen) or work that escaped it,
/// records an issue that says `why`, followed by the loop's own message,
/// and returns nil. Inside `attempt`, whose result is then doubly
/// optional, `outcome ?? nil` is nil when the exercise is unsolved or
/// stuck.
func run<Result: Sendable>(
  _ loop: EventLoop,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ main: @escaping @Sendable () async throws -> Result
) throws -> Result? {
  do {
    return try loop.run(main)
  } catch let error as LoopError {
    // Work that escaped the loop is stuck too, from the loop's side: which
    // of the two the loop notices first depends on threads, so both get
    // the test's reason.
    switch error {
    case .deadlock, .escaped: break
    default: throw error
    }
    Issue.record(
      Comment(rawValue: "\(why)\n(\(error))"), sourceLocation: sourceLocation)
    return nil
  }
}

/// Runs `body` on a fresh loop as exercise `number`: what it returns, or
/// nil if the exercise is unsolved or stuck.
func attemptOnLoop<Value: Sendable>(
  _ number: String,
  ifStuck why: String,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: @escaping @Sendable (EventLoop) async throws -> Value
) throws -> Value? {
  let loop = EventLoop(mode: .simulated)
  let outcome = try attempt(number, sourceLocation: sourceLocation) {
    try run(loop, ifStuck: why, sourceLocation: sourceLocation) {
      try await body(loop)
    }
  }
  return outcome ?? nil
}

/// Waits `duration` on `loop`, and goes on waiting if the task is
/// cancelled: an operation that does not hear cancellation, so that a test
/// sees when it ends.
func sleepIgnoringCancellation(_ duration: Duration, on loop: EventLoop) async {
  await withCheckedContinuation { continuation in
    loop.callLater(after: duration) { continuation.resume() }
  }
}
