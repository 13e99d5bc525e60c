// Exercise 4.5, wrong: when the task is already cancelled, resumes with
// CancellationError at once, but forgets to cancel the download it has
// started, which runs on after the call has returned.
// Rejected with: no download may be left running
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  let handle = Mutex<Download?>(nil)
  // Resume once: whichever comes first, the download or the check below.
  let resumed = Mutex(false)
  @Sendable func isFirst() -> Bool {
    resumed.withLock { done in
      defer { done = true }
      return !done
    }
  }
  return try await withTaskCancellationHandler {
    try await withCheckedThrowingContinuation { continuation in
      let download = service.download(url) { result in
        guard isFirst() else { return }
        switch result {
        case .success(let body):
          continuation.resume(returning: body)
        case .failure(.cancelled):
          continuation.resume(throwing: CancellationError())
        case .failure(let error):
          continuation.resume(throwing: error)
        }
      }
      handle.withLock { $0 = download }
      if Task.isCancelled, isFirst() {
        continuation.resume(throwing: CancellationError())
      }
    }
  } onCancel: {
    handle.withLock { $0?.cancel() }
  }
}
