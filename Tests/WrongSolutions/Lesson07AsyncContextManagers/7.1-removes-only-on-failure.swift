// Exercise 7.1, wrong: returns straight out of the `do`, and removes the
// file in the `catch`. Cleanup in the `catch` alone runs only when
// something throws: when the body returns, the file stays behind.
// Rejected with: the file must be removed once the body has returned
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
  do {
    return try await body(url)
  } catch {
    try? FileManager.default.removeItem(at: url)
    throw error
  }
}
