// Exercise 7.1, wrong: removes the file after the body returns, on the one
// line after the call. When the body throws, or its task is cancelled, the
// `try` leaves the function before that line, and the file stays behind.
// Rejected with: the file must be removed when the body throws too
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
  let result = try await body(url)
  try? FileManager.default.removeItem(at: url)
  return result
}
