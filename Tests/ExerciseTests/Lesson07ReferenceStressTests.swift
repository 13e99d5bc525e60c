#if !LEARNER
  import Synchronization
  import Testing

  @testable import Solutions

  /// How many tasks hold a permit now, and the most that ever did.
  private final class Gauge: Sendable {
    let holding = Atomic<Int>(0)
    let most = Atomic<Int>(0)

    func enter() {
      let now = holding.add(1, ordering: .relaxed).newValue
      most.max(now, ordering: .relaxed)
    }

    func leave() {
      holding.subtract(1, ordering: .relaxed)
    }
  }

  @Suite("Chapter 7 reference solutions on Swift's runtime")
  struct Lesson07ReferenceStressTests {
    @Test(
      "eight workers, three permits, some waiters cancelled: no permit lost"
    )
    func semaphoreUnderContention() async throws {
      let semaphore = Semaphore(
        permits: 3, executor: globalConcurrentExecutor)
      let gauge = Gauge()
      await withTaskGroup(of: Void.self) { group in
        for worker in 0..<8 {
          group.addTask {
            for index in 0..<1_000 {
              let task = Task {
                try await semaphore.withPermit {
                  gauge.enter()
                  await Task.yield()
                  gauge.leave()
                }
              }
              // Every tenth is cancelled at once; every tenth more a
              // moment later, when it may be waiting in line.
              switch (worker + index) % 10 {
              case 0: task.cancel()
              case 5:
                await Task.yield()
                task.cancel()
              default: break
              }
              _ = await task.result
            }
          }
        }
      }
      #expect(
        gauge.most.load(ordering: .relaxed) <= 3,
        "never more than three holders at once")
      let (free, waiting) = (await semaphore.available, await semaphore.waiting)
      #expect(
        free == 3 && waiting == 0,
        "every permit is back, and nobody waits: \(free) free, \(waiting) waiting"
      )
    }
  }
#endif
