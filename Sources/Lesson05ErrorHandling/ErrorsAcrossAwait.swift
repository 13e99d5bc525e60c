import CourseKit

// Two requests at once: the report takes a second, the quote fails after
// 0.3 s. `try await` throws where it stands, in the order you wrote: here
// the report is awaited first, so the quote's failure waits for it.
func reportFirst(api: RemoteAPI, console: Console) async {
  do {
    async let report = api.fetch("https://api.example.com/report")
    async let quote = api.fetch("https://api.example.com/quote")
    let both = try await (report, quote)
    console.log("never printed: \(both)")
  } catch {
    console.log("report first: \(error)")
  }
}

// The same two requests, the quote awaited first: its error comes as soon
// as it fails, and leaving the scope cancels the report, and waits for it.
func quoteFirst(api: RemoteAPI, console: Console) async {
  do {
    async let report = api.fetch("https://api.example.com/report")
    async let quote = api.fetch("https://api.example.com/quote")
    let both = try await (quote, report)
    console.log("never printed: \(both)")
  } catch {
    console.log("quote first: \(error)")
  }
}
