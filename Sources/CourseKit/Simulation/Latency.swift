/// How long each ``RemoteAPI`` call takes.
public struct Latency: Sendable {
  let pick: @Sendable (Call, inout SeededRandom) -> Duration

  /// Every call takes `duration`.
  public static func fixed(_ duration: Duration) -> Latency {
    Latency { _, _ in duration }
  }

  /// Calls to the URLs in `table` take the time given there; all others
  /// take `otherwise`.
  public static func perURL(
    _ table: [String: Duration],
    otherwise: Duration = .seconds(1)
  ) -> Latency {
    Latency { call, _ in table[call.url] ?? otherwise }
  }

  /// Each call takes a whole number of milliseconds between `range`'s
  /// bounds, drawn from the API's seed, the URL and the attempt number.
  public static func random(_ range: ClosedRange<Duration>) -> Latency {
    let low = Int(range.lowerBound / .milliseconds(1))
    let high = Int(range.upperBound / .milliseconds(1))
    return Latency { _, random in
      .milliseconds(Int.random(in: low...high, using: &random))
    }
  }

  /// Each call takes one of `durations`, drawn from the API's seed, the URL
  /// and the attempt number.
  ///
  /// Keep them clear of any timeout: a call that takes exactly as long as
  /// its timeout ends in a tie, which simulated time settles the same way
  /// every run, and real time either way.
  public static func oneOf(_ durations: [Duration]) -> Latency {
    precondition(!durations.isEmpty, "Latency.oneOf needs a duration")
    return Latency { _, random in durations.randomElement(using: &random)! }
  }
}
