import CourseKit
import Foundation
import Synchronization

// Measures the core loop in simulated time. It reports; it never asserts.
// Run it with `make bench` (a release build): debug builds are many times
// slower and say nothing about the loop.

/// Runs `body` once to warm up, then `repeats` times, and returns the median
/// wall-clock time.
func median(repeats: Int = 7, _ body: () throws -> Void) rethrows -> Duration {
  try body()
  let clock = ContinuousClock()
  var times: [Duration] = []
  for _ in 0..<repeats {
    times.append(try clock.measure(body))
  }
  return times.sorted()[repeats / 2]
}

func report(_ name: String, _ count: Int, _ time: Duration) {
  let milliseconds = time / .milliseconds(1)
  let perItem = time / count / .nanoseconds(1)
  let label = name.padding(toLength: 38, withPad: " ", startingAt: 0)
  print(
    "\(label) \(String(format: "%8.2f", milliseconds)) ms"
      + "  (\(Int(perItem)) ns each)"
  )
}

/// A countdown the last of `count` tasks uses to wake the waiting main task.
/// Everything runs on the loop's one thread, so the lock is never contended.
final class Countdown: Sendable {
  private let state:
    Mutex<(left: Int, waiter: CheckedContinuation<Void, Never>?)>

  init(_ count: Int) {
    state = Mutex((count, nil))
  }

  func wait() async {
    await withCheckedContinuation { continuation in
      state.withLock { $0.waiter = continuation }
    }
  }

  func done() {
    let waiter = state.withLock { state in
      state.left -= 1
      return state.left == 0 ? state.waiter : nil
    }
    waiter?.resume()
  }
}

let sleepers = 10_000

// What the Swift runtime costs before the loop does anything: start 10,000
// tasks on the loop and let each finish at once.
let baseline = try median {
  let loop = EventLoop(mode: .simulated)
  try loop.run {
    let countdown = Countdown(sleepers)
    for _ in 0..<sleepers {
      Task(executorPreference: loop) { countdown.done() }
    }
    await countdown.wait()
  }
}
report("\(sleepers) tasks, no sleep (baseline)", sleepers, baseline)

// The same tasks, each asleep on the loop's clock until its own deadline.
// What this adds to the baseline is the sleeper queue's cost.
let unstructured = try median {
  let loop = EventLoop(mode: .simulated)
  let clock = loop.clock
  try loop.run {
    let countdown = Countdown(sleepers)
    for index in 0..<sleepers {
      Task(executorPreference: loop) {
        try? await clock.sleep(for: .milliseconds(index % 997))
        countdown.done()
      }
    }
    await countdown.wait()
  }
}
report("\(sleepers) concurrent sleepers", sleepers, unstructured)

// The same sleepers as children of one task group. On Swift 6.3.1 the
// runtime's bookkeeping for finished children grows with the group's size,
// so one huge group costs more than the sleepers themselves: doubling the
// children roughly quadruples the time.
let grouped = try median {
  let loop = EventLoop(mode: .simulated)
  let clock = loop.clock
  try loop.run {
    await withDiscardingTaskGroup { group in
      for index in 0..<sleepers {
        group.addTask {
          try? await clock.sleep(for: .milliseconds(index % 997))
        }
      }
    }
  }
}
report("\(sleepers) sleepers in one task group", sleepers, grouped)

let callbacks = 100_000
let soon = try median {
  let loop = EventLoop(mode: .simulated)
  for _ in 0..<callbacks { loop.callSoon {} }
  try loop.run()
}
report("\(callbacks) callSoon callbacks", callbacks, soon)

let later = try median {
  let loop = EventLoop(mode: .simulated)
  for index in 0..<callbacks {
    loop.callLater(after: .milliseconds(index % 1009)) {}
  }
  try loop.run()
}
report("\(callbacks) callLater callbacks", callbacks, later)
