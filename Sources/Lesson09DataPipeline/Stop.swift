import CourseKit
import Synchronization

// A request to stop, made once (by Ctrl-C, or by a scene at a set time)
// and awaited by whoever must react: the schedule, and a round in flight.
final class Stop: Sendable {
  private struct State {
    var requested = false
    var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    var nextID = 0
  }
  private let state = Mutex(State())

  var isRequested: Bool { state.withLock { $0.requested } }

  func request() {
    let waiters = state.withLock { state in
      state.requested = true
      defer { state.waiters = [:] }
      return state.waiters.values
    }
    for waiter in waiters { waiter.resume() }
  }

  // Returns once a stop is requested, or once the calling task is
  // cancelled: a race's loser must not wait forever.
  func wait() async {
    let id = state.withLock { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let now = state.withLock { state in
          if state.requested || Task.isCancelled { return true }
          state.waiters[id] = continuation
          return false
        }
        if now { continuation.resume() }
      }
    } onCancel: {
      state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
    }
  }

  // Sleeps until `deadline`, and says whether it got there: false if a
  // stop was requested first.
  func sleep<C: Clock>(until deadline: C.Instant, clock: C) async -> Bool {
    if isRequested { return false }
    return await withTaskGroup(of: Bool.self) { group in
      group.addTask {
        (try? await clock.sleep(until: deadline, tolerance: nil)) != nil
      }
      group.addTask {
        await self.wait()
        return false
      }
      defer { group.cancelAll() }
      return await group.next()!
    }
  }
}

// What a Ctrl-C does, from a signal or from a scene's clock: says so, and
// asks the monitor to stop.
func pressCtrlC(_ stop: Stop, console: Console) {
  console.log("Ctrl-C")
  stop.request()
}
