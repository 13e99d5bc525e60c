/// One call to a ``RemoteAPI``.
struct Call: Sendable {
  /// The URL fetched.
  var url: String
  /// 1 for the first call to this URL, 2 for the second, and so on.
  var attempt: Int
}
