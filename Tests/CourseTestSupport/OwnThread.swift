import Foundation

/// Tests run on Swift's cooperative pool, which has one thread per core:
/// two on a small machine. A test that blocks one of them (waiting for a
/// subprocess, or for a real-time chapter whose scenes need the pool)
/// takes a thread from every other test running in parallel, and a test
/// that counts on a reply arriving before a timeout can then see the
/// timeout first.
///
/// `onOwnThread` runs `work` on a new thread and suspends the caller until
/// it is done, so the blocking happens outside the pool:
///
/// ```swift
/// let status = try await onOwnThread { try runAndWait(program) }
/// ```
public func onOwnThread<T: Sendable>(
  _ work: @escaping @Sendable () throws -> T
) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    Thread { continuation.resume(with: Result { try work() }) }.start()
  }
}
