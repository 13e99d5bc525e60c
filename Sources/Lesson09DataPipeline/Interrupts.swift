import CourseKit
@preconcurrency import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Runs `body` with Ctrl-C turned into a request to `stop` (if
// `realTime`: in simulated time no signal can arrive), then puts Ctrl-C
// back as it was. A second Ctrl-C ends the program at once, as you
// would expect of a program that is taking too long to stop.
//
// A signal handler may only call a few async-signal-safe functions: not
// `print`, not a lock, not a task. So the signal is ignored, and Dispatch,
// which watches for it and runs the handler on a queue like any other
// event, does the rest. (`@preconcurrency`: Dispatch's sources are not
// marked `Sendable` yet.)
func withCtrlC<T>(
  stopping stop: Stop,
  console: Console,
  realTime: Bool = true,
  _ body: () async throws -> T
) async rethrows -> T {
  guard realTime else { return try await body() }
  signal(SIGINT, SIG_IGN)
  let queue = DispatchQueue(label: "interrupts")
  let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
  let presses = Presses()
  source.setEventHandler {
    if presses.next() > 1 {
      signal(SIGINT, SIG_DFL)
      raise(SIGINT)
    }
    pressCtrlC(stop, console: console)
  }
  source.resume()
  defer {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }
  return try await body()
}

// How many times Ctrl-C was pressed.
private final class Presses: Sendable {
  private let count = Mutex(0)

  // Counts one more press, and returns how many there have been.
  func next() -> Int {
    count.withLock { count in
      count += 1
      return count
    }
  }
}
