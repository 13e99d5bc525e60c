import Testing

@testable import Course

@Suite("Exercise files: one region per exercise")
struct ExerciseFileTests {
  let text = """
    import CourseKit

    // MARK: - Types the exercises use

    public struct Shared {}

    // MARK: - Exercise 1.1

    public func one() {
      // TODO
    }

    // MARK: - Exercise 1.2

    public func two() {}

    """

  @Test("a region runs from its MARK to the next, or to the end")
  func regions() {
    let file = ExerciseFile(text)
    #expect(file.code(of: "1.1") == "\npublic func one() {\n  // TODO\n}\n")
    #expect(file.code(of: "1.2") == "\npublic func two() {}\n")
    #expect(file.code(of: "1.3") == nil)
  }

  @Test("replacing one region leaves the rest as it was")
  func replace() {
    var file = ExerciseFile(text)
    let replaced = file.replace(
      "1.1", with: "public func one() { print(1) }\n\n")
    #expect(replaced)
    #expect(
      file.text
        == text.replacingOccurrences(
          of: "public func one() {\n  // TODO\n}",
          with: "public func one() { print(1) }"))
    let missing = file.replace("9.9", with: "")
    #expect(!missing)
  }

  @Test("a line belongs to the exercise above it, or to none")
  func owners() {
    let file = ExerciseFile(text)
    #expect(file.exercise(atLine: 5) == nil)
    #expect(file.exercise(atLine: 10) == "1.1")
    #expect(file.exercise(atLine: 16) == "1.2")
  }

  @Test("a line of a test belongs to the exercise its test names")
  func testOwners() {
    let tests = ExerciseFile(
      """
      @Test("Exercise 2.1: all at once")
      func a() {
        fetchAll()
      }
      @Test(
        "Exercise 2.2: one after another",
        arguments: [1])
      func b(x: Int) {
        fetchInSequence()
      }
      """)
    #expect(tests.test(atLine: 3) == "2.1")
    #expect(tests.test(atLine: 9) == "2.2")
  }
}
