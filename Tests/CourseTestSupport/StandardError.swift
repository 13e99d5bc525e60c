import Synchronization

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
private let silencing = Mutex((callers: 0, saved: Int32(-1)))

/// Runs `body` with file descriptor 2 pointing at /dev/null. Swift Testing
/// reports on standard output, so no test result is lost.
func withStandardErrorSilenced<T>(_ body: () throws -> T) rethrows -> T {
  silencing.withLock { state in
    if state.callers == 0 {
      state.saved = dup(2)
      let null = open("/dev/null", O_WRONLY)
      dup2(null, 2)
      close(null)
    }
    state.callers += 1
  }
  defer {
    silencing.withLock { state in
      state.callers -= 1
      if state.callers == 0 {
        dup2(state.saved, 2)
        close(state.saved)
      }
    }
  }
  return try body()
}
