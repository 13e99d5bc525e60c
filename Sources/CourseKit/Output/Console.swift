import Foundation
import Synchronization

/// Where lessons print: standard output, or a recording for tests.
///
/// A lesson's claims about time ("all three fetches finish at 2 s") should be
/// shown, not asserted, so every logged line carries the time since the
/// program started, rounded to a tenth of a second:
///
/// ```text
/// [0.0s] Before callback
/// [1.0s] After callback
/// ```
///
/// Rounding is what lets a real-time run and a simulated run print exactly
/// the same text: a callback due at 1 s that really runs at 1.0004 s still
/// prints `[1.0s]`.
public final class Console: Sendable {
  private enum Destination {
    case standardOutput
    case standardError
    case recording
  }

  private struct State {
    var lines: [String] = []
    var elapsed: @Sendable () -> Duration = { .zero }
  }

  private let destination: Destination
  private let state = Mutex(State())

  private init(destination: Destination) {
    self.destination = destination
  }

  /// A console that writes each line to standard output as it is printed.
  public static func standard() -> Console {
    Console(destination: .standardOutput)
  }

  /// A console that writes each line to standard error.
  static func standardError() -> Console {
    Console(destination: .standardError)
  }

  /// A console that keeps what is printed in ``lines``, for tests.
  public static func recording() -> Console {
    Console(destination: .recording)
  }

  /// The lines a recording console has kept, in order.
  public var lines: [String] {
    state.withLock { $0.lines }
  }

  /// Measures the time in logged lines on `clock`, starting from zero now.
  func startClock<C: Clock<Duration>>(_ clock: C) {
    let origin = clock.now
    state.withLock { state in
      state.elapsed = { origin.duration(to: clock.now) }
    }
  }

  /// Prints `message` stamped with the elapsed time: `[2.0s] message`.
  public func log(_ message: String) {
    let elapsed = state.withLock { $0.elapsed }()
    print("\(Console.stamp(elapsed)) \(message)")
  }

  /// Prints `text` as it is, without a time stamp. A recording console keeps
  /// each of its lines separately.
  public func print(_ text: String = "") {
    switch destination {
    case .standardOutput:
      FileHandle.standardOutput.write(Data((text + "\n").utf8))
    case .standardError:
      FileHandle.standardError.write(Data((text + "\n").utf8))
    case .recording:
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      state.withLock { $0.lines += lines.map(String.init) }
    }
  }

  /// Formats `elapsed` the way logged lines show it, rounded to 0.1 s:
  /// `[2.0s]`.
  static func stamp(_ elapsed: Duration) -> String {
    "[\(seconds(elapsed))s]"
  }

  /// Formats `duration` in seconds with one decimal: `2.0`.
  public static func seconds(_ duration: Duration) -> String {
    let milliseconds = duration / .milliseconds(1)
    let tenths = Int((milliseconds / 100).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
