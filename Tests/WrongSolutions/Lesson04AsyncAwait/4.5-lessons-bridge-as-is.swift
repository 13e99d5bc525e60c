// Exercise 4.5, wrong: the lesson's cancellable bridge as it is, which
// throws the API's own DownloadError.cancelled, not CancellationError.
// Rejected with: throw CancellationError instead
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
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
