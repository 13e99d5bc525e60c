// Exercise 7.1, wrong: removes the file in both arms of a do/catch, with
// `try?` after a return but `try` after a throw, as Python's __aexit__
// would let an error in cleanup replace the one on its way out. A body
// that removes the file itself and then throws gets back an error about
// the missing file, not its own.
// Rejected with: must come out unchanged, not the removal's error
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
  let url = FileManager.default.temporaryDirectory
    .appending(path: "course-\(UUID().uuidString).txt")
  try contents.write(to: url, atomically: false, encoding: .utf8)
  let result: T
  do {
    result = try await body(url)
  } catch {
    try FileManager.default.removeItem(at: url)
    throw error
  }
  try? FileManager.default.removeItem(at: url)
  return result
}
