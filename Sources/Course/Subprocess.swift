import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process group of the child running now, or 0.
private let running = Atomic<Int32>(0)

/// Runs another program in a process group of its own, so that it can be
/// stopped with everything it started, and so that nothing is left running
/// when the course program is interrupted or its `make` is killed.
enum Subprocess {
  /// How a program ended.
  enum Ending: Equatable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it: a crash (SIGILL, SIGTRAP, SIGSEGV, SIGABRT…).
    case signalled(Int32)
    /// The watcher stopped it, for this reason.
    case stopped(String)
  }

  /// Runs `arguments` (the program found on PATH), with `environment` added
  /// to this process's, writing its standard output and error to `log` (or
  /// to this process's, if nil). Every 20 ms until it ends, `watch` is
  /// given its process id and may return a reason to stop it.
  static func run(
    _ arguments: [String],
    environment: [String: String] = [:],
    log: URL? = nil,
    watch: (pid_t) -> String? = { _ in nil }
  ) throws -> Ending {
    let pid = try spawn(arguments, environment: environment, log: log)
    running.store(pid, ordering: .sequentiallyConsistent)
    defer {
      // Whatever it started goes with it.
      kill(-pid, SIGKILL)
      running.store(0, ordering: .sequentiallyConsistent)
    }
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR {
        throw CourseError.failed("lost track of \(arguments[0])")
      }
      if getppid() != parent {
        // `make` was stopped: stop too, and take the child along.
        kill(-pid, SIGKILL)
        _exit(143)
      }
      if let reason = watch(pid) {
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return .stopped(reason)
      }
      usleep(20_000)
    }
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }

  /// Stops the running child with the course program on Ctrl-C, SIGTERM
  /// or SIGHUP. Call once, first thing.
  static func stopChildrenOnSignals() {
    _ = parent
    for number in [SIGINT, SIGTERM, SIGHUP] {
      _ = signal(number) { number in
        let group = running.load(ordering: .sequentiallyConsistent)
        if group > 0 { kill(-group, SIGKILL) }
        _exit(128 + number)
      }
    }
  }

  /// The parent this process started with: `make`, or a shell.
  private static let parent = getppid()

  private static func spawn(
    _ arguments: [String],
    environment: [String: String],
    log: URL?
  ) throws -> pid_t {
    #if canImport(Glibc)
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #else
      var actions: posix_spawn_file_actions_t?
      var attributes: posix_spawnattr_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    if let log {
      posix_spawn_file_actions_addopen(
        &actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
    // A group of its own (its id is the child's pid), with default
    // signal handling.
    posix_spawnattr_setpgroup(&attributes, 0)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

    var variables = ProcessInfo.processInfo.environment
    variables.merge(environment) { $1 }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0)=\($1)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let error = posix_spawnp(
      &pid, arguments[0], &actions, &attributes, argv, envp)
    guard error == 0 else {
      throw CourseError.failed(
        "cannot start \(arguments[0]): \(String(cString: strerror(error)))")
    }
    return pid
  }
}
