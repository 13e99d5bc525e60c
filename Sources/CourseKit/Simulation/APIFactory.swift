/// Makes a scene's simulated APIs: on the scene's loop or clock, and drawn
/// on its timeline.
///
/// A scene on the course's loop and a scene on Swift's runtime wait in
/// different ways: one on the loop's timers, the other on a clock. If each
/// stage had its own way to make an API, every lesson would have to know
/// which one to call. Instead both stages have an `api` of this type, and
/// you call it like a method, the same way on either stage:
///
/// ```swift
/// let api = stage.api(latency: .fixed(.seconds(2)), drawn: false)
/// let body = try await api.fetch("https://example.com/a")
/// ```
public struct APIFactory: Sendable {
  let waiting: Waiting
  let timeline: Timeline

  /// A new simulated API. Each call takes `latency` and fails as `failures`
  /// says, drawing any randomness from `seed`; each call is drawn on the
  /// scene's timeline in a lane named by `lane` (by default `GET` and the
  /// URL's path), unless `drawn` is false.
  ///
  /// - Parameter responses: The body to answer for each URL; any other URL
  ///   answers `"Data from <url>"`.
  public func callAsFunction(
    latency: Latency = .fixed(.seconds(1)),
    failures: Failures = .none,
    seed: UInt64 = 1,
    responses: [String: String] = [:],
    drawn: Bool = true,
    lane: (@Sendable (String) -> String)? = nil
  ) -> RemoteAPI {
    RemoteAPI(
      waiting: waiting,
      latency: latency,
      failures: failures,
      seed: seed,
      responses: responses,
      timeline: drawn ? timeline : nil,
      lane: lane
    )
  }
}
