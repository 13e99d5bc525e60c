import Synchronization

/// A stand-in for a callback API whose requests can be cancelled, like
/// URLSession's data tasks.
///
/// ``RemoteAPI/fetch(_:completion:)`` cannot be stopped once started, but
/// most real callback APIs hand back a handle: `URLSessionTask.cancel()`,
/// `DispatchWorkItem.cancel()`. ``download(_:completion:)`` returns a
/// ``Download``. Cancel it, and the request stops, and the completion
/// handler is called with ``DownloadError/cancelled(url:)``: once, as for
/// any other outcome, and from another thread, as URLSession does.
///
/// ```swift
/// let download = service.download(url) { result in … }
/// download.cancel()  // the handler gets .failure(.cancelled(url: url))
/// ```
///
/// Its requests wait on the clock and run on the executor you give it, so a
/// test can run it on an ``EventLoop`` in simulated time.
public final class DownloadService: Sendable {
  /// What the service has counted so far.
  public struct Stats: Sendable, Equatable {
    /// Downloads started.
    public var started = 0
    /// Downloads stopped by ``Download/cancel()`` before they finished.
    public var cancelled = 0
    /// Downloads started whose completion handler has not been called yet.
    public var inFlight = 0
  }

  private let clock: any Clock<Duration>
  private let executor: any TaskExecutor
  private let latency: Duration
  private let failing: Set<String>
  private let counters = Mutex(Stats())

  /// Creates a service whose downloads take `latency` on `clock`, run on
  /// `executor`, and fail with ``DownloadError/failed(url:)`` for the URLs
  /// in `failing`.
  public init(
    clock: any Clock<Duration>,
    executor: any TaskExecutor,
    latency: Duration = .seconds(2),
    failing: Set<String> = []
  ) {
    self.clock = clock
    self.executor = executor
    self.latency = latency
    self.failing = failing
  }

  /// What the service has counted so far.
  public var stats: Stats { counters.withLock { $0 } }

  /// Starts downloading `url`, and calls `completion` exactly once: with
  /// `"Data from <url>"` after the latency, with
  /// ``DownloadError/failed(url:)`` for a failing URL, or with
  /// ``DownloadError/cancelled(url:)`` soon after the download is
  /// cancelled.
  @discardableResult
  public func download(
    _ url: String,
    completion: @escaping @Sendable (Result<String, DownloadError>) -> Void
  ) -> Download {
    counters.withLock {
      $0.started += 1
      $0.inFlight += 1
    }
    let task = Task(executorPreference: executor) {
      let result: Result<String, DownloadError>
      do {
        try await self.clock.sleep(for: self.latency)
        result =
          self.failing.contains(url)
          ? .failure(.failed(url: url)) : .success("Data from \(url)")
      } catch {
        self.counters.withLock { $0.cancelled += 1 }
        result = .failure(.cancelled(url: url))
      }
      self.counters.withLock { $0.inFlight -= 1 }
      completion(result)
    }
    return Download(task: task)
  }
}
