#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Blocks the current OS thread for `duration`.
func blockCurrentThread(for duration: Duration) {
  guard duration > .zero else { return }
  let (seconds, attoseconds) = duration.components
  var request = timespec(
    tv_sec: Int(seconds),
    tv_nsec: Int(attoseconds / 1_000_000_000)
  )
  var remaining = timespec()
  while nanosleep(&request, &remaining) != 0, errno == EINTR {
    request = remaining
  }
}
