// Exercise 4.5, wrong: the plain bridge, with no cancellation handler, so
// a cancelled task waits out the whole download and returns its body.
// Rejected with: cancelling the task must cancel the download
/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  try await withCheckedThrowingContinuation { continuation in
    service.download(url) { result in
      continuation.resume(with: result)
    }
  }
}
