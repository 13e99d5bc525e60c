/// A small, fast random number generator that gives the same numbers for the
/// same seed on every run and every platform (SplitMix64).
///
/// `SystemRandomNumberGenerator` and `Hasher` are seeded differently in every
/// process, so "random" latencies, or a retry's random jitter, built on them
/// change the lesson's output from run to run. This one does not:
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// let jitter = Int.random(in: 0...100, using: &random)  // the same each run
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose numbers depend only on `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// Creates a generator for one event, identified by `seed`, `name` and
  /// `number`: the same three always give the same numbers, whatever else
  /// happened before.
  init(seed: UInt64, name: String, number: Int) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a offset basis
    for byte in name.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    state = seed ^ hash ^ (UInt64(truncatingIfNeeded: number) &* 0x9e37_79b9)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
