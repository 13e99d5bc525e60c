import CourseKit

// Uploads the files one after another, through a bridge that does not hear
// cancellation. Nothing here looks at the task's cancelled flag, so a
// cancelled task uploads every file anyway.
func uploadAll(_ files: [String], api: RemoteAPI, console: Console)
  async throws
{
  for file in files {
    _ = try await fetchIgnoringCancellation(
      "https://api.example.com/upload/\(file)", api: api)
    console.log("uploaded \(file)")
  }
}

// The same loop, checking the flag before each upload: once the task is
// cancelled, `Task.checkCancellation()` throws `CancellationError`, and no
// new upload starts. The one under way still runs to its end.
func uploadAllUnlessCancelled(
  _ files: [String],
  api: RemoteAPI,
  console: Console
) async throws {
  for file in files {
    try Task.checkCancellation()
    _ = try await fetchIgnoringCancellation(
      "https://api.example.com/upload/\(file)", api: api)
    console.log("uploaded \(file)")
  }
}
