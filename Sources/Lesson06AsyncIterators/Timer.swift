import CourseKit

// Ticks 1, 2, 3, … every `interval` on the clock you give, as an
// AsyncSequence. Each deadline is the last one plus the interval, so a
// slow consumer does not make the ticks drift; and, like async-algorithms'
// `AsyncTimerSequence`, the sequence ends when its task is cancelled.
struct Timer<C: Clock>: AsyncSequence {
  let interval: C.Duration
  let clock: C

  struct AsyncIterator: AsyncIteratorProtocol {
    let interval: C.Duration
    let clock: C
    var tick = 0
    var deadline: C.Instant?

    mutating func next() async -> Int? {
      let next = (deadline ?? clock.now).advanced(by: interval)
      do {
        try await clock.sleep(until: next, tolerance: nil)
      } catch {
        return nil
      }
      deadline = next
      tick += 1
      return tick
    }
  }

  func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(interval: interval, clock: clock)
  }
}
