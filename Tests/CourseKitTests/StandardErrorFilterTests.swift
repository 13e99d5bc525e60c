import CourseTestSupport
import Dispatch
import Foundation
import Testing

@Suite("Tests' standard error: the runtime's warning filtered, not silenced")
struct StandardErrorFilterTests {
  /// Swift Testing reports results on standard error, so the filter must
  /// pass on every line but the warning, in order, partial last line too.
  @Test("every line is copied but the warning and the marker")
  func copiesTheRest() throws {
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    try #require(pipe(&input) == 0 && pipe(&output) == 0)
    let text = """
      ✘ Test "a" recorded an issue
      SWIFT TASK CONTINUATION MISUSE: f() leaked its continuation
      course: drained 1
      ✔ Test "b" passed
      no newline
      """
    _ = text.withCString { write(input[1], $0, strlen($0)) }
    close(input[1])
    let reached = DispatchSemaphore(value: 0)
    copyLines(
      from: input[0], to: output[1],
      dropping: "SWIFT TASK CONTINUATION MISUSE", marker: "course: drained 1",
      reached: reached)
    let copied = FileHandle(fileDescriptor: output[0], closeOnDealloc: true)
      .readDataToEndOfFile()
    #expect(
      String(decoding: copied, as: UTF8.self) == """
        ✘ Test "a" recorded an issue
        ✔ Test "b" passed
        no newline
        """)
    #expect(reached.wait(timeout: .now()) == .success)
  }
}
