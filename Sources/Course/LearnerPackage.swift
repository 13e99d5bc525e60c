import Foundation
import Syllabus

/// The package that checks exercises: the core, the chapters' libraries,
/// the tests' support (`Tests/CourseTestSupport`), a copy of the exercise
/// code, and its tests, in a scratch folder of its own
/// (`.build/learner` for your code, `.build/verify` for `make verify`).
///
/// The check builds a copy, never your file itself, so a save in the middle
/// of a build cannot leave the build half old and half new, and every
/// change to the copy is a write after the last build finished. Switching
/// between `make test` and `make exercise-N` rebuilds nothing: each has its
/// own scratch folder.
struct LearnerPackage {
  let repository: Repository
  /// The scratch folder, relative to the repository: `.build/learner`.
  let scratch: String

  var workspace: String { "\(scratch)/workspace" }
  var logs: String { "\(scratch)/logs" }

  /// The environment that makes Package.swift describe this package.
  var environment: [String: String] { ["COURSE_WORKSPACE": workspace] }

  /// Makes the workspace hold exactly `chapters`, with each chapter's
  /// exercise code from `code`, and their tests.
  func prepare(_ chapters: [CourseChapter], code: [CourseChapter: String])
    throws
  {
    var sources: [String: String] = [:]
    var tests: [String: String] = [:]
    for chapter in chapters {
      sources["\(chapter.target).swift"] = code[chapter]
      tests["\(chapter.target)Tests.swift"] = try repository.read(
        chapter.exerciseTestFile)
    }
    // The tests' shared helpers: every file that is not a chapter's.
    for name in repository.files(in: "Tests/ExerciseTests")
    where name.hasSuffix(".swift") && !name.hasPrefix("Lesson") {
      tests[name] = try repository.read("Tests/ExerciseTests/\(name)")
    }
    try mirror(sources, into: "\(workspace)/Exercises")
    try mirror(tests, into: "\(workspace)/ExerciseTests")
  }

  /// Makes `folder` hold exactly `files`, writing only those that changed.
  private func mirror(_ files: [String: String], into folder: String) throws {
    for name in repository.files(in: folder) where files[name] == nil {
      try FileManager.default.removeItem(
        at: repository.url("\(folder)/\(name)"))
    }
    for (name, text) in files {
      let path = "\(folder)/\(name)"
      let before = modificationSecond(path)
      guard try repository.write(text, to: path), let before else { continue }
      // On Linux the Swift driver reads a file's time in whole seconds, and
      // skips a file whose time equals the last build's. A second save in
      // the same second would not be compiled, and the check would report
      // on the code before it. Each new version gets a later second.
      if modificationSecond(path) ?? 0 <= before {
        try FileManager.default.setAttributes(
          [.modificationDate: Date(timeIntervalSince1970: before + 1)],
          ofItemAtPath: repository.url(path).path)
      }
    }
  }

  /// The whole second of `path`'s modification time, if it exists.
  private func modificationSecond(_ path: String) -> TimeInterval? {
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: repository.url(path).path)
    return (attributes?[.modificationDate] as? Date)?
      .timeIntervalSince1970.rounded(.down)
  }

  /// Builds the package. Returns the compiler's errors, or none if it
  /// built.
  func build() throws -> [CompilerError] {
    try FileManager.default.createDirectory(
      at: repository.url(logs), withIntermediateDirectories: true)
    let log = repository.url("\(logs)/build.log")
    if !repository.exists("\(scratch)/debug") {
      say("(The first check builds the course's core too: about a minute.)")
    }
    let ending = try Subprocess.run(
      ["swift", "build", "--build-tests", "--scratch-path", scratch],
      environment: environment,
      log: log
    )
    if ending == .exited(0) { return [] }
    let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    let errors = CompilerError.all(
      in: output, workspace: repository.url(workspace).path)
    if errors.isEmpty {
      throw CourseError.failed(
        "the exercises' package did not build, and the compiler named no "
          + "file. The whole log: \(logs)/build.log")
    }
    return errors
  }

  /// The built test program, and the arguments that make it run
  /// Swift Testing's tests.
  func testCommand() -> [String] {
    #if os(Linux)
      let program = repository.url(
        "\(scratch)/debug/AsyncSwiftCoursePackageTests.xctest"
      ).path
      return [program, "--testing-library", "swift-testing"]
    #else
      return [
        "swift", "test", "--skip-build", "--disable-xctest",
        "--scratch-path", scratch,
      ]
    #endif
  }
}

extension LearnerPackage {
  /// The package that checks your code in `Sources/Exercises`.
  static func learner(_ repository: Repository) -> LearnerPackage {
    LearnerPackage(repository: repository, scratch: ".build/learner")
  }

  /// Runs `body` while no other course command uses this package: two
  /// checks at once (`make watch-N` and `make exercise-N`) would overwrite
  /// each other's workspace.
  func checking<T>(_ body: (LearnerPackage) throws -> T) throws -> T {
    try FileManager.default.createDirectory(
      at: repository.url(scratch), withIntermediateDirectories: true)
    let descriptor = open(
      repository.url("\(scratch)/lock").path, O_CREAT | O_RDWR, 0o644)
    guard descriptor >= 0 else { return try body(self) }
    defer { close(descriptor) }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      say("Waiting for another check of the exercises to finish …")
      flock(descriptor, LOCK_EX)
    }
    return try body(self)
  }
}
