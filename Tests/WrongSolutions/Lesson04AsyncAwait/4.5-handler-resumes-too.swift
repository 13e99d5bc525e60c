// Exercise 4.5, wrong: onCancel resumes the continuation itself, and the
// download's completion handler resumes it again with .cancelled, which
// stops the program.
// Rejected with: crashed
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  let state = Mutex<(Download?, CheckedContinuation<String, any Error>?)>(
    (nil, nil))
  return try await withTaskCancellationHandler {
    try await withCheckedThrowingContinuation { continuation in
      let download = service.download(url) { result in
        continuation.resume(with: result)
      }
      state.withLock { $0 = (download, continuation) }
    }
  } onCancel: {
    state.withLock { state in
      state.0?.cancel()
      state.1?.resume(throwing: CancellationError())
    }
  }
}
