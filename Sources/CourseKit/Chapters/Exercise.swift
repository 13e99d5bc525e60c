import Synchronization

/// How an exercise stub says it has not been solved yet.
///
/// A stub that crashed with `fatalError` would stop every other test with it;
/// a stub that quietly returned would fail with a puzzling message. Instead
/// the stub calls ``notYetImplemented(_:see:)``, which records the exercise,
/// and the exercise's test reports
/// `not yet implemented: exercise 1.1 (Lessons/01-callbacks.md#…)` and moves
/// on to the next test.
public enum Exercise {
  private static let unsolved = Mutex<[String: String]>([:])

  /// Records that the stub for exercise `number` ran unsolved. `section` is
  /// the lesson section that explains it, as a path and anchor.
  public static func notYetImplemented(_ number: String, see section: String) {
    unsolved.withLock { $0[number] = section }
  }

  /// The failure message for exercise `number` if its stub ran unsolved, or
  /// `nil` if it did not.
  static func unsolvedMessage(_ number: String) -> String? {
    unsolved.withLock { unsolved in
      unsolved[number].map {
        "not yet implemented: exercise \(number) (\($0))"
      }
    }
  }
}
