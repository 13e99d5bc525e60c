// Exercise 4.5, wrong: throws CancellationError, but when the task is
// already cancelled, onCancel runs before the download exists, and the
// download runs its full two seconds.
// Rejected with: onCancel runs before operation
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
      }
    } onCancel: {
      handle.withLock { $0?.cancel() }
    }
  } catch DownloadError.cancelled {
    throw CancellationError()
  }
}
