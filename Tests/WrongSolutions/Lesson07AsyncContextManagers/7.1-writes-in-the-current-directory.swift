// Exercise 7.1, wrong: gives the file a unique name, but a relative path,
// so it goes in the program's current directory, wherever that is: the
// learner's checkout, a folder that may not be writable, one that is not
// cleaned when the machine restarts.
// Rejected with: the file must be in FileManager.default.temporaryDirectory
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
  let url = URL(filePath: "course-\(UUID().uuidString).txt")
  try contents.write(to: url, atomically: false, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: url) }
  return try await body(url)
}
