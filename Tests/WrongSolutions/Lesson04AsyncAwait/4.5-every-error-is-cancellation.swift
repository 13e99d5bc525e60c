// Exercise 4.5, wrong: turns every error into CancellationError, so a
// download that fails in a task nobody cancelled looks cancelled.
// Rejected with: throws the download's own error
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  let handle = Mutex<Download?>(nil)
  do {
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let download = service.download(url) { result in
          continuation.resume(with: result)
        }
        handle.withLock { $0 = download }
        if Task.isCancelled { download.cancel() }
      }
    } onCancel: {
      handle.withLock { $0?.cancel() }
    }
  } catch {
    throw CancellationError()
  }
}
