// Exercise 7.1, wrong: names the file after the process, as a shell
// script names its temporary file with $$. Every call in the program gets
// the same name: two calls at once share one file, the second overwrites
// the first's contents, and the first to finish removes the other's file.
// Rejected with: give each a name no other call uses
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
    .appending(path: "course-\(ProcessInfo.processInfo.processIdentifier).txt")
  try contents.write(to: url, atomically: false, encoding: .utf8)
  defer { try? FileManager.default.removeItem(at: url) }
  return try await body(url)
}
