import CourseKit

// The example on the core's overview page, Sources/CourseKit/CourseKit.md:
// the page shows this code as it is here, and the text block under it is
// what this chapter prints in a simulated run. OverviewTests checks both.
let overviewChapter = Chapter(
  1,
  "Two requests",
  scenes: [
    .callbacks("Two requests, with callbacks") { stage in
      let api = stage.api(latency: .fixed(.seconds(2)))
      for url in ["https://example.com/a", "https://example.com/b"] {
        api.fetch(url) { result in stage.console.log("\(result)") }
      }
      stage.console.log("both requests sent")
    },
    .onSwiftRuntime("Two requests, awaited") { stage in
      let api = stage.api(latency: .fixed(.seconds(2)))
      async let a = api.fetch("https://example.com/a")
      async let b = api.fetch("https://example.com/b")
      stage.console.log(try await [a, b].joined(separator: ", "))
    },
  ])
