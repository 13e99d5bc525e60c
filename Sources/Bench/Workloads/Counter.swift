import Synchronization

// Eight tasks add 1 to one counter, 25,000 times each: three ways to share
// it safely across threads.

let workers = 8
let increments = 25_000

/// An actor that owns the count.
actor Counter {
  private(set) var value = 0

  func increment() { value += 1 }
}

/// Does nothing, off every actor. Awaiting it after each increment makes
/// the task leave the actor, so the next increment must hop back on. The
/// optimiser may not look into it: it would see an empty body and drop the
/// hop.
@_optimize(none)
nonisolated func elsewhere() async {}

/// Runs `work` in `workers` child tasks and waits for them all.
func inWorkers(_ work: @escaping @Sendable () async -> Void) async {
  await withTaskGroup(of: Void.self) { group in
    for _ in 0..<workers {
      group.addTask { await work() }
    }
  }
}

/// Each increment hops onto the actor, and off again.
func countWithAnActor(_ options: Options) async -> [Double] {
  await measure(options, operations: workers * increments) {
    let counter = Counter()
    await inWorkers {
      for _ in 0..<increments {
        await counter.increment()
        await elsewhere()
      }
    }
    let total = await counter.value
    precondition(total == workers * increments)
  }
}

/// The naive version: nothing between two increments needs to leave the
/// actor, so each task stays on it for its whole loop, and the tasks take
/// turns. It measures 25,000 calls in a row, not contention.
func countWithAnActorNaively(_ options: Options) async -> [Double] {
  await measure(options, operations: workers * increments) {
    let counter = Counter()
    await inWorkers {
      for _ in 0..<increments {
        await counter.increment()
      }
    }
    let total = await counter.value
    precondition(total == workers * increments)
  }
}

/// Each increment takes a lock, on whichever thread the task runs.
func countWithAMutex(_ options: Options) async -> [Double] {
  await measure(options, operations: workers * increments) {
    let counter = Mutex(0)
    await inWorkers {
      for _ in 0..<increments {
        counter.withLock { $0 += 1 }
      }
    }
    precondition(counter.withLock { $0 } == workers * increments)
  }
}

/// Each increment is one atomic instruction.
func countWithAnAtomic(_ options: Options) async -> [Double] {
  await measure(options, operations: workers * increments) {
    let counter = Atomic(0)
    await inWorkers {
      for _ in 0..<increments {
        counter.wrappingAdd(1, ordering: .relaxed)
      }
    }
    precondition(counter.load(ordering: .relaxed) == workers * increments)
  }
}
