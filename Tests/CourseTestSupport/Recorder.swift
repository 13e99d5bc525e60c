import Synchronization

/// A list that callbacks and tasks record into, safely from any thread, for
/// a test to read afterwards.
///
/// A test wants to know what callbacks delivered and in what order, but a
/// `var` array captured by a `@Sendable` callback does not compile in
/// Swift 6: the callback may run on another thread. Record into a
/// `Recorder` instead, and read ``all`` once the loop has run:
///
/// ```swift
/// let seen = Recorder<String>()
/// loop.callLater(after: .seconds(1)) { seen.record("later") }
/// loop.callSoon { seen.record("soon") }
/// try loop.run()
/// #expect(seen.all == ["soon", "later"])
/// ```
public final class Recorder<Value: Sendable>: Sendable {
  private let values = Mutex<[Value]>([])

  /// Creates an empty recorder.
  public init() {}

  /// Appends `value`.
  public func record(_ value: Value) {
    values.withLock { $0.append(value) }
  }

  /// Everything recorded so far, in order.
  public var all: [Value] { values.withLock { $0 } }
}
