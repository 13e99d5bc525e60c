// swift-tools-version: 6.2
import PackageDescription

// `make exercise-N` sets COURSE_EXERCISES=learner, so the exercise tests
// check your code in Sources/Exercises. Otherwise they check the reference
// code in Sources/Solutions.
let learner = Context.environment["COURSE_EXERCISES"] == "learner"

let package = Package(
  name: "AsyncSwiftCourse",
  platforms: [.macOS(.v15)],
  targets: [
    // Core: the deterministic event loop, its clock, console, timeline,
    // simulated API and lesson runner. Every chapter builds on it.
    .target(name: "CourseKit"),
    .executableTarget(
      name: "CourseKitBenchmark",
      dependencies: ["CourseKit"]
    ),

    // Lessons: one executable per chapter (`make lesson-N`).
    .executableTarget(
      name: "Lesson01Callbacks",
      dependencies: ["CourseKit"]
    ),
    .executableTarget(
      name: "Lesson02CallbackHell",
      dependencies: ["CourseKit"]
    ),

    // Exercises: your workspace, and the reference solutions.
    .target(name: "Exercises", dependencies: ["CourseKit"]),
    .target(name: "Solutions", dependencies: ["CourseKit"]),

    // Tests
    .testTarget(name: "CourseKitTests", dependencies: ["CourseKit"]),
    .testTarget(
      name: "LessonTests",
      dependencies: ["CourseKit", "Lesson01Callbacks", "Lesson02CallbackHell"]
    ),
    .testTarget(
      name: "DocsTests",
      dependencies: ["CourseKit", "Lesson01Callbacks", "Lesson02CallbackHell"]
    ),
    .testTarget(
      name: "ExerciseTests",
      dependencies: ["CourseKit", learner ? "Exercises" : "Solutions"],
      swiftSettings: learner ? [.define("LEARNER")] : []
    ),
  ],
  swiftLanguageModes: [.v6]
)
