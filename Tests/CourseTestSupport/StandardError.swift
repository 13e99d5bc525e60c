import Foundation

#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The warning the Swift runtime writes to standard error when a checked
/// continuation is never resumed. Chapter 4 leaks one on purpose.
private let leakedContinuation = "SWIFT TASK CONTINUATION MISUSE"

/// Runs `body` with the Swift runtime's leaked-continuation warnings left
/// out of standard error, and everything else passed through.
///
/// Standard error is the process's, and Swift Testing reports every test's
/// result there: silencing it while one test runs a chapter would also
/// lose what the tests running in parallel report, failures included. So
/// file descriptor 2 goes to a pipe instead, and a thread copies each line
/// from it to the real standard error unless it is the runtime's warning.
/// Tests run in parallel: the first caller in installs the filter, and the
/// last one out removes it, once every line written before is copied.
func withoutContinuationWarnings<T>(_ body: () throws -> T) rethrows -> T {
  filter.enter()
  defer { filter.leave() }
  return try body()
}

/// How many callers are inside `withoutContinuationWarnings`, and the
/// filter while one is.
///
/// The lock is `NSLock`, not `Synchronization.Mutex`, for the Thread
/// Sanitizer: on Linux, `Mutex` waits on a futex directly, which TSan does
/// not see, so it reports the state below as a data race though every
/// access holds the lock. `NSLock` is a pthread mutex, which TSan follows.
private final class Filter: @unchecked Sendable {
  let lock = NSLock()
  var callers = 0
  var saved = Int32(-1)
  var copied: DispatchSemaphore?
  var marker = ""

  func enter() {
    lock.withLock {
      callers += 1
      guard callers == 1 else { return }
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else { return }
      saved = dup(2)
      dup2(ends[1], 2)
      close(ends[1])
      let done = DispatchSemaphore(value: 0)
      let marker = "course: filter drained \(UUID().uuidString)"
      let (source, destination) = (ends[0], dup(saved))
      Thread {
        copyLines(
          from: source, to: destination, dropping: leakedContinuation,
          marker: marker, reached: done)
      }.start()
      (self.copied, self.marker) = (done, marker)
    }
  }

  func leave() {
    lock.withLock {
      callers -= 1
      guard callers == 0, let copied else { return }
      // The marker goes after every line written so far; once the thread
      // reaches it, they are all copied. Then standard error is restored.
      writeAll(2, marker + "\n")
      dup2(saved, 2)
      close(saved)
      copied.wait()
      self.copied = nil
    }
  }
}
private let filter = Filter()

/// Copies `source` to `destination` line by line, but for lines containing
/// `dropped`, until every writer has closed it. Signals `reached` on the
/// line `marker`, which it does not copy. Closes both descriptors.
public func copyLines(
  from source: Int32, to destination: Int32, dropping dropped: String,
  marker: String, reached: DispatchSemaphore
) {
  var pending: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 4096)
  func emit(_ line: ArraySlice<UInt8>) {
    let text = String(decoding: line, as: UTF8.self)
    if text == marker + "\n" {
      reached.signal()
    } else if !text.contains(dropped) {
      writeAll(destination, text)
    }
  }
  while true {
    let count = read(source, &chunk, chunk.count)
    if count < 0 && errno == EINTR { continue }
    if count <= 0 { break }
    pending += chunk[..<count]
    while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
      emit(pending[...newline])
      pending.removeSubrange(...newline)
    }
  }
  if !pending.isEmpty { emit(pending[...]) }
  close(source)
  close(destination)
}

/// Writes all of `text` to `descriptor`.
private func writeAll(_ descriptor: Int32, _ text: String) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let written = bytes.withUnsafeBytes {
      write(descriptor, $0.baseAddress, $0.count)
    }
    if written < 0 && errno == EINTR { continue }
    if written <= 0 { return }
    bytes = bytes.dropFirst(written)
  }
}
