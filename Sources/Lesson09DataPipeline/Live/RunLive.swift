import CourseKit

func runLive(console: Console) async throws {
  console.print("not yet")
}
