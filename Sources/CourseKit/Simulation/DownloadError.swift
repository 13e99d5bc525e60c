/// Why a ``DownloadService`` download failed.
public enum DownloadError: Error, Equatable, CustomStringConvertible {
  /// The server answered with an error.
  case failed(url: String)
  /// The download was cancelled before it finished.
  case cancelled(url: String)

  /// A short message for logs.
  public var description: String {
    switch self {
    case .failed(let url): "download of \(url) failed"
    case .cancelled(let url): "download of \(url) was cancelled"
    }
  }
}
