import Foundation
import Syllabus
import Testing

@testable import Course

/// The repository this file is in.
let repository = Repository(
  root: URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent())

@Suite("The chapter registry agrees with the files")
struct RegistryTests {
  @Test("Package.swift lists the written chapters' programs, in order")
  func packageManifest() throws {
    let manifest = try repository.read("Package.swift")
    let listed = manifest.split(separator: "\n").compactMap { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("(\"Lesson") else { return nil }
      return trimmed.dropFirst(2).prefix { $0 != "\"" }
    }.map(String.init)
    #expect(
      listed == Syllabus.written.map(\.target),
      "Package.swift's `lessons` must list the written chapters in order"
    )
  }

  @Test("README's lesson table has a row per chapter, written or not")
  func readmeTable() throws {
    let readme = try repository.read("README.md")
    let rows = readme.split(separator: "\n").filter {
      $0.hasPrefix("| ") && $0.dropFirst(2).first?.isNumber == true
    }.map(String.init)
    let expected = Syllabus.chapters.map { chapter in
      chapter.isWritten
        ? "| \(chapter.number) | [\(chapter.title)](\(chapter.lessonFile)) | "
          + "`make lesson-\(chapter.number)` |"
        : "| \(chapter.number) | \(chapter.title) | not written yet |"
    }
    #expect(rows == expected, "README.md's lesson table")
  }

  @Test("Lessons/ holds exactly the written chapters' lessons")
  func lessons() {
    let files = repository.files(in: "Lessons").filter { $0.hasSuffix(".md") }
      .map { "Lessons/\($0)" }
    #expect(files == Syllabus.written.map(\.lessonFile))
  }

  @Test("Sources/ and Tests/ hold each written chapter's files")
  func sources() {
    let written = Syllabus.written
    let programs = repository.files(in: "Sources").filter {
      $0.hasPrefix("Lesson")
    }
    #expect(programs == written.map(\.target), "Sources/LessonNN… folders")
    for chapter in written {
      for path in [
        chapter.exerciseFile, chapter.solutionFile, chapter.stubFile,
        chapter.exerciseTestFile,
        "Tests/LessonTests/\(chapter.target)Tests.swift",
        "Sources/\(chapter.target)/main.swift",
      ] {
        #expect(repository.exists(path), "\(path) is missing")
      }
    }
    for folder in ["Sources/Exercises", "Sources/Solutions"] {
      let files = repository.files(in: folder).filter { $0.hasSuffix(".swift") }
      #expect(
        files == written.map { "\($0.target).swift" },
        "\(folder) holds one file per written chapter, no more"
      )
    }
  }

  @Test("every exercise a lesson sets has hints")
  func hints() throws {
    for exercise in try repository.allExercises() {
      #expect(
        repository.exists(exercise.hintFile), "\(exercise.hintFile) is missing")
    }
  }
}
