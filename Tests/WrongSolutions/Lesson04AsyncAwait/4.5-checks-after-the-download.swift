// Exercise 4.5, wrong: waits for the whole download, then checks whether
// the task was cancelled meanwhile: the right error, two seconds late.
// Rejected with: the call must throw at
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  let body = try await withCheckedThrowingContinuation { continuation in
    service.download(url) { result in
      continuation.resume(with: result)
    }
  }
  try Task.checkCancellation()
  return body
}
