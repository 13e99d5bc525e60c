/// Why a ``RemoteAPI`` call failed.
public enum APIError: Error, Equatable, CustomStringConvertible {
  /// The server answered with an error.
  case serverError(url: String)

  /// A short message for logs.
  public var description: String {
    switch self {
    case .serverError(let url): "server error from \(url)"
    }
  }
}
