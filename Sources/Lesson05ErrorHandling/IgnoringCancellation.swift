import CourseKit

// Chapter 4's bridge: a continuation with no cancellation handler. A task
// cancelled while it waits here goes on waiting until the API calls back.
func fetchIgnoringCancellation(_ url: String, api: RemoteAPI)
  async throws -> String
{
  try await withCheckedThrowingContinuation { continuation in
    api.fetch(url) { result in continuation.resume(with: result) }
  }
}
