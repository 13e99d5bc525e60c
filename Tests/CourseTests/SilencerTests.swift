import Testing

@testable import Course

@Suite("Code that silences the data-race checks is found")
struct SilencerTests {
  @Test(
    "each construct is found, on its line",
    arguments: [
      ("nonisolated(unsafe) var count = 0", "nonisolated(unsafe)"),
      ("nonisolated ( unsafe ) var count = 0", "nonisolated(unsafe)"),
      ("final class Box: @unchecked Sendable {}", "@unchecked Sendable"),
      ("@preconcurrency import CourseKit", "@preconcurrency"),
      ("let f = unsafeBitCast(g, to: F.self)", "unsafeBitCast"),
      (
        "let p = UnsafeMutablePointer<Int>.allocate(capacity: 1)",
        "UnsafeMutablePointer"
      ),
      ("let o = Unmanaged.passRetained(x)", "Unmanaged"),
    ]
  )
  func found(code: String, construct: String) {
    let findings = Silencers.scan("import CourseKit\n\n" + code + "\n")
    #expect(findings.map(\.construct) == [construct])
    #expect(findings.first?.line == 3)
  }

  @Test("comments and strings do not count")
  func notCode() {
    let source = """
      // A `nonisolated(unsafe)` variable silences the compiler.
      /* @unchecked Sendable
         is not the answer */
      let advice = "never nonisolated(unsafe)"
      let more = \"\"\"
        @preconcurrency
        \"\"\"
      let escaped = "a \\" nonisolated(unsafe)"
      let count = Mutex(0)
      """
    #expect(Silencers.scan(source).isEmpty)
  }

  @Test("what follows a string is still code")
  func afterString() {
    let findings = Silencers.scan(
      "let a = \"x\"\nnonisolated(unsafe) var b = 0\n")
    #expect(findings.map(\.line) == [2])
  }
}
