/// A binary min-heap of timers, ordered by deadline and then by the order
/// the timers were registered.
///
/// Cancelling a timer empties its slot and leaves the entry here; the loop
/// skips empty slots when it pops them. That keeps cancel O(1) and push and
/// pop O(log n) with no hashing. Entries are plain integers and an unmanaged
/// reference, so moving them costs no reference counting: ten thousand
/// sleepers cost milliseconds.
struct TimerHeap: ~Copyable {
  struct Entry {
    /// The deadline in nanoseconds, rounded up so no timer fires early.
    var deadline: Int64
    var sequence: UInt64
    /// Retained by the heap until the entry is popped.
    var slot: Unmanaged<TimerSlot>

    func precedes(_ other: Entry) -> Bool {
      deadline != other.deadline
        ? deadline < other.deadline : sequence < other.sequence
    }
  }

  private var entries: [Entry] = []

  init() {}

  deinit {
    for entry in entries { entry.slot.release() }
  }

  /// The earliest deadline and its slot, if any.
  var first: (deadline: Duration, slot: TimerSlot)? {
    entries.first.map {
      (.nanoseconds($0.deadline), $0.slot.takeUnretainedValue())
    }
  }

  /// Every slot still in the heap, in no particular order.
  var slots: [TimerSlot] {
    entries.map { $0.slot.takeUnretainedValue() }
  }

  /// `time` in whole nanoseconds, rounded up, as deadlines are kept.
  static func nanoseconds(roundingUp time: Duration) -> Int64 {
    let (seconds, attoseconds) = time.components
    let (nanoseconds, remainder) = attoseconds.quotientAndRemainder(
      dividingBy: 1_000_000_000
    )
    return seconds * 1_000_000_000 + nanoseconds + (remainder > 0 ? 1 : 0)
  }

  /// `time` rounded up to a whole nanosecond, as deadlines are kept.
  static func roundedUp(_ time: Duration) -> Duration {
    .nanoseconds(nanoseconds(roundingUp: time))
  }

  mutating func push(_ slot: TimerSlot, at deadline: Duration, sequence: UInt64)
  {
    let entry = Entry(
      deadline: TimerHeap.nanoseconds(roundingUp: deadline),
      sequence: sequence,
      slot: .passRetained(slot)
    )
    entries.append(entry)
    var child = entries.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard entries[child].precedes(entries[parent]) else { break }
      entries.swapAt(child, parent)
      child = parent
    }
  }

  /// Removes the earliest entry and returns its slot.
  mutating func popFirst() -> TimerSlot? {
    guard !entries.isEmpty else { return nil }
    entries.swapAt(0, entries.count - 1)
    let first = entries.removeLast()
    var parent = 0
    let count = entries.count
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < count, entries[left].precedes(entries[smallest]) {
        smallest = left
      }
      if right < count, entries[right].precedes(entries[smallest]) {
        smallest = right
      }
      guard smallest != parent else { break }
      entries.swapAt(parent, smallest)
      parent = smallest
    }
    return first.slot.takeRetainedValue()
  }
}
