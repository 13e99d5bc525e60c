import CourseKit

// Fetches each page, and logs and skips a page that fails. The catch-all
// catches `CancellationError` too: a cancelled task skips every page left
// and returns, and its caller cannot tell it from a finished one.
func pagesSkippingFailures(_ urls: [String], api: RemoteAPI, console: Console)
  async -> [String]
{
  var pages: [String] = []
  for url in urls {
    do {
      pages.append(try await api.fetch(url))
    } catch {
      console.log("skipped \(url): \(error)")
    }
  }
  return pages
}

// The fix: let `CancellationError` through before the catch-all.
func pages(_ urls: [String], api: RemoteAPI, console: Console)
  async throws -> [String]
{
  var pages: [String] = []
  for url in urls {
    do {
      pages.append(try await api.fetch(url))
    } catch let error as CancellationError {
      throw error
    } catch {
      console.log("skipped \(url): \(error)")
    }
  }
  return pages
}
