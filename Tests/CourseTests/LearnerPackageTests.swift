import Foundation
import Syllabus
import Testing

@testable import Course

@Suite("The checked copy of your code is never stale")
struct LearnerPackageTests {
  /// A scratch repository holding only what `prepare` reads.
  private func scratchRepository() throws -> Repository {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("course-\(UUID().uuidString)")
    let repository = Repository(root: root)
    let chapter = Syllabus.written[0]
    try repository.write("// tests\n", to: chapter.exerciseTestFile)
    try repository.write(
      "// helpers\n", to: "Tests/ExerciseTests/Attempt.swift")
    return repository
  }

  private func modified(_ path: String, in repository: Repository) throws
    -> Date
  {
    try #require(
      FileManager.default.attributesOfItem(
        atPath: repository.url(path).path)[.modificationDate] as? Date)
  }

  @Test("each new version of a file gets a later second than the last")
  func laterSecondEachTime() throws {
    // The Swift driver on Linux compares file times in whole seconds, so
    // two versions saved in one second would look the same to it.
    let repository = try scratchRepository()
    defer { try? FileManager.default.removeItem(at: repository.root) }
    let package = LearnerPackage(repository: repository, scratch: ".build/l")
    let chapter = Syllabus.written[0]
    let copy = "\(package.workspace)/Exercises/\(chapter.target).swift"
    var seconds: [TimeInterval] = []
    for version in ["a", "b", "a", "c"] {
      try package.prepare([chapter], code: [chapter: "// \(version)\n"])
      #expect(try repository.read(copy) == "// \(version)\n")
      seconds.append(
        try modified(copy, in: repository).timeIntervalSince1970.rounded(.down))
    }
    #expect(zip(seconds, seconds.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test("an unchanged file keeps its time, so nothing is rebuilt")
  func unchangedKeepsItsTime() throws {
    let repository = try scratchRepository()
    defer { try? FileManager.default.removeItem(at: repository.root) }
    let package = LearnerPackage(repository: repository, scratch: ".build/l")
    let chapter = Syllabus.written[0]
    let copy = "\(package.workspace)/Exercises/\(chapter.target).swift"
    try package.prepare([chapter], code: [chapter: "// same\n"])
    let first = try modified(copy, in: repository)
    try package.prepare([chapter], code: [chapter: "// same\n"])
    #expect(try modified(copy, in: repository) == first)
  }

  @Test("the workspace holds only the chapters being checked")
  func onlyTheseChapters() throws {
    let repository = try scratchRepository()
    defer { try? FileManager.default.removeItem(at: repository.root) }
    let package = LearnerPackage(repository: repository, scratch: ".build/l")
    let chapter = Syllabus.written[0]
    try repository.write(
      "// stale\n", to: "\(package.workspace)/Exercises/Old.swift")
    try package.prepare([chapter], code: [chapter: "// code\n"])
    #expect(
      repository.files(in: "\(package.workspace)/Exercises")
        == ["\(chapter.target).swift"])
    #expect(
      repository.files(in: "\(package.workspace)/ExerciseTests")
        == ["Attempt.swift", "\(chapter.target)Tests.swift"])
  }
}
