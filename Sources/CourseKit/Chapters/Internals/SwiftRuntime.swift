import Dispatch
import Synchronization

/// Runs `body` as a task on Swift's global concurrent executor and blocks the
/// calling thread until it returns, rethrowing its error.
///
/// Call it from a thread of your own, such as the main thread, never from a
/// task: the task needs a thread of Swift's cooperative pool, and a pool
/// thread blocked here waiting for it can leave the pool with none.
func runOnSwiftRuntime(_ body: @escaping @Sendable () async throws -> Void)
  throws
{
  let outcome = Mutex<Result<Void, any Error>?>(nil)
  let done = DispatchSemaphore(value: 0)
  Task.detached {
    let result: Result<Void, any Error>
    do { result = .success(try await body()) } catch {
      result = .failure(error)
    }
    outcome.withLock { $0 = result }
    done.signal()
  }
  done.wait()
  try outcome.withLock { $0 }?.get()
}
