import Syllabus

/// `make test`: the whole suite (the core, every lesson and its docs, the
/// reference solutions, and the course program), without ever building
/// your work in `Sources/Exercises`, so it stays green while you are in
/// the middle of an exercise.
enum TestCommand {
  static func run(_ arguments: [String], _ repository: Repository) throws
    -> Int32
  {
    guard arguments.isEmpty else {
      throw CourseError.usage("make test takes no arguments")
    }
    say("==> Building the tests and the lessons' programs")
    // The tests' product, and each program the docs tests run; not the
    // Exercises target, which holds your code.
    let products =
      ["AsyncSwiftCoursePackageTests"]
      + Syllabus.written.map(\.target)
    for product in products {
      let ending = try Subprocess.run([
        "swift", "build", "-q", "--product", product,
      ])
      guard ending == .exited(0) else {
        throw CourseError.failed("\(product) did not build (see above)")
      }
    }
    say("==> Core, lessons, docs, the course program, and Sources/Solutions")
    let ending = try Subprocess.run(
      ["swift", "test", "--skip-build", "--disable-xctest", "-q"])
    guard ending == .exited(0) else {
      throw CourseError.failed("some tests failed (see above)")
    }
    return 0
  }
}
