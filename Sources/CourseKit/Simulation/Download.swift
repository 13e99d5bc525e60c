/// A download in progress, which you can cancel.
public struct Download: Sendable {
  let task: Task<Void, Never>

  /// Stops the download, if it has not finished yet; its completion
  /// handler is then called with ``DownloadError/cancelled(url:)``.
  /// Cancelling a finished download does nothing.
  public func cancel() {
    task.cancel()
  }
}
