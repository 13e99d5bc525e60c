#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The identity of an OS thread, so the loop can tell its own thread from
/// any other.
struct ThreadIdentity: @unchecked Sendable {
  private let thread: pthread_t

  /// The thread that is running this code.
  static var current: ThreadIdentity { ThreadIdentity(thread: pthread_self()) }

  func isSame(as other: ThreadIdentity) -> Bool {
    pthread_equal(thread, other.thread) != 0
  }
}
