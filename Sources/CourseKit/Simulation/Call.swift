/// One call to a ``RemoteAPI``.
public struct Call: Sendable {
  /// The URL fetched.
  public var url: String
  /// 1 for the first call to this URL, 2 for the second, and so on.
  public var attempt: Int
}
