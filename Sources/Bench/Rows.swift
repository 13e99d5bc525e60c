/// One line of the table `make bench` prints: a workload, measured in Swift
/// and, when Python has an equivalent, in asyncio.
///
/// The lesson's tables are copies of these lines from a recorded run, and a
/// test checks that their workloads and units are still these.
struct Row: Sendable {
  /// The key both halves report their samples under: `spawn`.
  var id: String
  /// What the row measures, as the table prints it.
  var workload: String
  /// The unit the table prints the median in.
  var unit: Unit
  /// Whether Swift has this row. Python's process pool has no Swift twin.
  var inSwift = true
  /// Whether asyncio has this row. The naive benchmarks are Swift's alone.
  var inPython = true

  /// Every row, in the order the table prints them.
  static let all: [Row] = [
    Row(id: "spawn", workload: "spawn and await a task", unit: .micro),
    Row(id: "sleep-1", workload: "1 sleep of 100 ms", unit: .milli),
    Row(
      id: "sleep-100", workload: "100 sleeps of 100 ms at once", unit: .milli),
    Row(
      id: "sleep-10000", workload: "10,000 sleeps of 100 ms at once",
      unit: .milli),
    Row(
      id: "fetch-seq", workload: "10 fetches of 50 ms, in turn", unit: .milli),
    Row(
      id: "fetch-conc", workload: "10 fetches of 50 ms, at once", unit: .milli),
    Row(
      id: "primes-serial", workload: "primes below 400,000: a loop",
      unit: .milli),
    Row(
      id: "primes-tasks", workload: "primes: 8 tasks (asyncio: gather)",
      unit: .milli),
    Row(
      id: "primes-processes", workload: "primes: 8 jobs, a process pool",
      unit: .milli, inSwift: false),
    Row(id: "call", workload: "call a function", unit: .nano),
    Row(id: "await", workload: "await an async function", unit: .nano),
    Row(
      id: "await-naive", workload: "await, measured naively", unit: .nano,
      inPython: false),
    Row(
      id: "continuation", workload: "resume a continuation (a future)",
      unit: .nano),
    Row(
      id: "yield", workload: "suspend and resume (sleep(0))",
      unit: .nano),
    Row(
      id: "main-actor", workload: "hop to the main actor and back",
      unit: .micro, inPython: false),
    Row(
      id: "counter-actor", workload: "count: an actor (asyncio.Lock)",
      unit: .nano),
    Row(
      id: "counter-actor-naive", workload: "count: an actor, measured naively",
      unit: .nano, inPython: false),
    Row(
      id: "counter-mutex", workload: "count: Mutex (threading.Lock)",
      unit: .nano),
    Row(
      id: "counter-atomic", workload: "count: Atomic (a plain +=)",
      unit: .nano),
    Row(
      id: "stream", workload: "hand over: AsyncStream (Queue)",
      unit: .nano),
    Row(id: "startup", workload: "start, run a task, exit", unit: .milli),
    Row(id: "memory", workload: "peak memory of that process", unit: .mebi),
  ]
}

/// The unit a row's median is printed in. Samples are nanoseconds, or bytes
/// for memory.
enum Unit: String, Sendable {
  case nano = "ns"
  case micro = "µs"
  case milli = "ms"
  case mebi = "MiB"

  /// How many samples' units make one of this unit.
  var scale: Double {
    switch self {
    case .nano: 1
    case .micro: 1e3
    case .milli: 1e6
    case .mebi: 1_048_576
    }
  }
}
