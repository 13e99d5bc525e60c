import CourseKit
import Synchronization

// A bridge with no cancellation handler. Cancelling the awaiting task does
// not reach the download, and the continuation waits for its callback.
func download(_ url: String, using service: DownloadService)
  async throws -> String
{
  try await withCheckedThrowingContinuation { continuation in
    service.download(url) { result in
      continuation.resume(with: result)
    }
  }
}

// The same bridge, cancellable. When the awaiting task is cancelled, the
// handler cancels the download, and the download's completion handler
// resumes the continuation with its error.
func cancellableDownload(_ url: String, using service: DownloadService)
  async throws -> String
{
  let handle = Mutex<Download?>(nil)
  return try await withTaskCancellationHandler {
    try await withCheckedThrowingContinuation { continuation in
      let download = service.download(url) { result in
        continuation.resume(with: result)
      }
      handle.withLock { $0 = download }
    }
  } onCancel: {
    handle.withLock { $0?.cancel() }
  }
}

func cancellingBridges(
  service: DownloadService,
  clock: some Clock<Duration>,
  executor: any TaskExecutor,
  console: Console
) async throws {
  let url = "https://api.example.com/video"
  // Downloads `url` in a task with `bridge`, and logs how the call ended.
  func start(
    _ name: String,
    _ bridge:
      @escaping @Sendable (String, DownloadService) async throws
      -> String
  ) -> Task<Void, Never> {
    Task(executorPreference: executor) {
      do {
        let body = try await bridge(url, service)
        console.log("\(name): returned \(body)")
      } catch {
        console.log("\(name): threw \(error)")
      }
    }
  }
  let plain = start("without a handler", download)
  let handled = start("with a handler", cancellableDownload)
  try await clock.sleep(for: .milliseconds(500))
  plain.cancel()
  handled.cancel()
  console.log("cancelled both tasks")
  await plain.value
  await handled.value
}
