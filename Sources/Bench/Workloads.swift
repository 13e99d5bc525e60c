/// The Swift side of every row, in the table's order.
/// One workload's Swift side.
struct Workload: Sendable {
  var id: String
  /// How Swift does it, for the saved report.
  var variant: String
  var run: @Sendable (Options) async -> [Double]

  init(
    _ id: String, _ variant: String,
    _ run: @escaping @Sendable (Options) async -> [Double]
  ) {
    (self.id, self.variant, self.run) = (id, variant, run)
  }
}

let swiftWorkloads: [Workload] = [
  Workload("spawn", "withTaskGroup, 10,000 × addTask { i }", spawnTasks),
  Workload(
    "sleep-1", "withTaskGroup, Task.sleep(for: .milliseconds(100))",
    { await sleepers(1, $0) }),
  Workload(
    "sleep-100", "withTaskGroup, 100 × Task.sleep",
    { await sleepers(100, $0) }),
  Workload(
    "sleep-10000", "withTaskGroup, 10,000 × Task.sleep",
    { await sleepers(10_000, $0) }),
  Workload("fetch-seq", "for id in 0..<10 { await fetch(id) }", fetchesInTurn),
  Workload("fetch-conc", "withTaskGroup, 10 × fetch", fetchesAtOnce),
  Workload("primes-serial", "8 chunks in a for loop", primesInALoop),
  Workload("primes-tasks", "withTaskGroup, 8 children", primesInTasks),
  Workload("call", "@_optimize(none) func, 10M calls", callAFunction),
  Workload(
    "await", "@_optimize(none) async func, 10M awaits", awaitAnAsyncFunction),
  Workload("await-naive", "inlinable async func, 10M awaits", awaitNaively),
  Workload(
    "continuation", "withCheckedContinuation, resumed at once",
    resumeAContinuation),
  Workload("yield", "Task.yield(), 200,000 times", yieldAndResume),
  Workload(
    "main-actor", "MainActor.run {} from a task, 20,000 times",
    hopToTheMainActor),
  Workload(
    "counter-actor", "8 tasks × 25,000 increments, off the actor in between",
    countWithAnActor),
  Workload(
    "counter-actor-naive", "8 tasks × 25,000 increments in a row",
    countWithAnActorNaively),
  Workload(
    "counter-mutex", "Mutex<Int>.withLock, 8 tasks × 25,000", countWithAMutex),
  Workload(
    "counter-atomic", "Atomic<Int>.wrappingAdd, 8 tasks × 25,000",
    countWithAnAtomic),
  Workload(
    "stream", "AsyncStream, 200,000 items, producer task → for await",
    handOverItems),
]
