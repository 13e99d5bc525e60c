// Exercise 7.1, wrong: makes up a new URL in the temporary directory and
// lends it to the body, but never writes anything there. A URL is only a
// name: until something writes to it, there is no file.
// Rejected with: found no file
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
  defer { try? FileManager.default.removeItem(at: url) }
  return try await body(url)
}
