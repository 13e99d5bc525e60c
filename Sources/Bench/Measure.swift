// How every Swift workload is timed: warm-up runs first (they fill caches,
// start the pool's threads and let the allocator settle), then the repeats,
// each timed on its own with ContinuousClock.

/// Times `body` `warmUp` times (thrown away), then `repeats` times, and
/// returns one sample per repeat, in nanoseconds per operation: the time of
/// the whole run divided by `operations`.
func measure(
  _ options: Options,
  operations: Int = 1,
  _ body: () async -> Void
) async -> [Double] {
  let clock = ContinuousClock()
  for _ in 0..<options.warmUp { await body() }
  var samples: [Double] = []
  for _ in 0..<options.repeats {
    let elapsed = await clock.measure { await body() }
    samples.append(nanoseconds(elapsed) / Double(operations))
  }
  return samples
}

/// `duration` in nanoseconds, with its fraction.
func nanoseconds(_ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
}

/// Marks a result as used, so that a reader, and the optimiser, see where
/// each loop's result goes. It is not enough alone: the optimiser can still
/// tell that `value` is never read, and skip computing it. What keeps each
/// benchmark honest is that the function it measures is opaque as well
/// (`@_optimize(none)`), or its result is checked (`precondition`).
@_optimize(none)
func blackHole<T>(_ value: T) {}
