// Exercise 7.1, wrong: removes the file in both arms, with `try` after the
// body returns. A body that removed the file itself then gets an error
// for a file that is already gone, in place of its value.
// Rejected with: the body removed the file itself, so there is nothing to remove
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
    try? FileManager.default.removeItem(at: url)
    throw error
  }
  try FileManager.default.removeItem(at: url)
  return result
}
