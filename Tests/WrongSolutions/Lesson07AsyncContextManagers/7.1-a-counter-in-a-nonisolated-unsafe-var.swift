// Exercise 7.1, wrong: numbers the files from a global counter, which Swift
// 6 refuses as a plain `var`, so it is marked `nonisolated(unsafe)`. Two
// calls on two threads can read the same number, and two processes (or
// two runs, after a crash) count from the same 0. A UUID needs no shared
// state at all.
// Rejected with: silences Swift's data-race checks
nonisolated(unsafe) private var filesMade = 0

/// Exercise 7.1: writes `contents` to a new file in
/// `FileManager.default.temporaryDirectory`, under a name that no other
/// call uses, calls `body` with the file's URL, and removes the file on
/// every path out: when `body` returns, when it throws, and when the task
/// is cancelled. Returns what `body` returns, and rethrows what it throws,
/// unchanged. If `body` removed the file itself, that is not an error.
public nonisolated(nonsending) func withTemporaryFile<T>(
  contents: String,
  _ body: nonisolated(nonsending) (URL) async throws -> T
) async throws -> T {
  filesMade += 1
  let url = FileManager.default.temporaryDirectory
    .appending(path: "course-\(filesMade).txt")
  try contents.write(to: url, atomically: false, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: url) }
  return try await body(url)
}
