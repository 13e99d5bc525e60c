/// Which ``RemoteAPI`` calls fail.
public struct Failures: Sendable {
  let decide: @Sendable (Call, inout SeededRandom) -> Bool

  /// No call fails.
  public static let none = Failures { _, _ in false }

  /// Every call to one of `urls` fails.
  public static func urls(_ urls: Set<String>) -> Failures {
    Failures { call, _ in urls.contains(call.url) }
  }

  /// The first `count` calls to each URL fail; later ones succeed.
  public static func firstAttempts(_ count: Int) -> Failures {
    Failures { call, _ in call.attempt <= count }
  }

  /// Each call fails with probability `rate`, drawn from the API's seed, the
  /// URL and the attempt number.
  public static func rate(_ rate: Double) -> Failures {
    Failures { _, random in Double.random(in: 0..<1, using: &random) < rate }
  }
}
