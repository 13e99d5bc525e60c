import Foundation

#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How many callers are inside `withStandardErrorSilenced`, and where the
/// real standard error was kept meanwhile. Tests run in parallel, so the
/// first caller in silences it and the last one out restores it.
///
/// The lock is `NSLock`, not `Synchronization.Mutex`, for the Thread
/// Sanitizer: on Linux, `Mutex` waits on a futex directly, which TSan does
/// not see, so it reports the state below as a data race though every
/// access holds the lock. `NSLock` is a pthread mutex, which TSan follows.
private final class Silencing: @unchecked Sendable {
  let lock = NSLock()
  var callers = 0
  var saved = Int32(-1)
}
private let silencing = Silencing()

/// Runs `body` with file descriptor 2 pointing at /dev/null. Swift Testing
/// reports on standard output, so no test result is lost.
///
/// File descriptors belong to the process: while `body` runs, what other
/// tests running in parallel write to standard error is lost too. The
/// course's own verdicts come from Swift Testing's event stream, not from
/// standard error, so nothing the course checks depends on it.
func withStandardErrorSilenced<T>(_ body: () throws -> T) rethrows -> T {
  silencing.lock.withLock {
    if silencing.callers == 0 {
      silencing.saved = dup(2)
      let null = open("/dev/null", O_WRONLY)
      dup2(null, 2)
      close(null)
    }
    silencing.callers += 1
  }
  defer {
    silencing.lock.withLock {
      silencing.callers -= 1
      if silencing.callers == 0 {
        dup2(silencing.saved, 2)
        close(silencing.saved)
      }
    }
  }
  return try body()
}
