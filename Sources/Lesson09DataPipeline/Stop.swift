import CourseKit
import Foundation

// A request to stop, made once (by Ctrl-C, or by a scene at a set time)
// and awaited by whoever must react: the schedule, and a round in flight.
//
// Its state is behind an NSLock, not a Mutex, for the Thread Sanitizer:
// the tests run it on real threads under TSan, which on Linux cannot see
// a Mutex (chapter 2), and reported the cancellation handler's access,
// made under the lock, as a data race.
final class Stop: @unchecked Sendable {
  private struct State {
    var requested = false
    var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    var nextID = 0
  }
  private let lock = NSLock()
  private var unlockedState = State()

  // Every access to the state goes through here.
  private func withState<T>(_ body: (inout State) -> T) -> T {
    lock.withLock { body(&unlockedState) }
  }

  var isRequested: Bool { withState { $0.requested } }

  func request() {
    let waiters = withState { state in
      state.requested = true
      defer { state.waiters = [:] }
      return state.waiters.values
    }
    for waiter in waiters { waiter.resume() }
  }

  // Returns once a stop is requested, or once the calling task is
  // cancelled: a race's loser must not wait forever.
  func wait() async {
    let id = withState { state in
      defer { state.nextID += 1 }
      return state.nextID
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let now = withState { state in
          if state.requested || Task.isCancelled { return true }
          state.waiters[id] = continuation
          return false
        }
        if now { continuation.resume() }
      }
    } onCancel: {
      withState { $0.waiters.removeValue(forKey: id) }?.resume()
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
