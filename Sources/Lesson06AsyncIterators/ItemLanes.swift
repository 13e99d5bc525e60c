import CourseKit
import Synchronization

// The lanes of `produceAndConsume`'s chart: one per item.
final class ItemLanes: Sendable {
  let timeline: Timeline
  let waits = Mutex<[Int: Timeline.Span]>([:])

  init(_ timeline: Timeline) { self.timeline = timeline }

  // The item is in the buffer: `░` from now on.
  func waiting(_ item: Int) {
    let span = timeline.beginWaiting("item \(item)")
    waits.withLock { $0[item] = span }
  }

  // The buffer dropped the item: its wait ends in a `×`.
  func dropped(_ item: Int) {
    waits.withLock { $0.removeValue(forKey: item) }?.end()
    timeline.begin("item \(item)").fail()
  }

  // The consumer took the item: `█` while `work` runs.
  func handle(
    _ item: Int,
    _ work: () async throws -> Void
  ) async rethrows {
    waits.withLock { $0.removeValue(forKey: item) }?.end()
    try await timeline.measure("item \(item)", work)
  }
}
