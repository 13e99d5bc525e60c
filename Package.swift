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
    .executableTarget(
      name: "Lesson03Futures",
      dependencies: ["CourseKit", "Futures"],
      exclude: ["Futures"]
    ),
    .executableTarget(
      name: "Lesson04AsyncAwait",
      dependencies: ["CourseKit"]
    ),
    // Chapter 3's subject: a library of its own, in the chapter's folder,
    // so that its exercises can use it too.
    .target(
      name: "Futures",
      dependencies: ["CourseKit"],
      path: "Sources/Lesson03Futures/Futures"
    ),

    // Exercises: your workspace, and the reference solutions.
    .target(name: "Exercises", dependencies: ["CourseKit", "Futures"]),
    .target(name: "Solutions", dependencies: ["CourseKit", "Futures"]),

    // Tests
    .testTarget(name: "CourseKitTests", dependencies: ["CourseKit"]),
    .target(
      name: "CourseTestSupport",
      dependencies: ["CourseKit"],
      path: "Tests/CourseTestSupport"
    ),
    .testTarget(
      name: "LessonTests",
      dependencies: [
        "CourseKit", "CourseTestSupport", "Futures", "Lesson01Callbacks",
        "Lesson02CallbackHell", "Lesson03Futures", "Lesson04AsyncAwait",
      ]
    ),
    .testTarget(
      name: "DocsTests",
      dependencies: [
        "CourseKit", "CourseTestSupport", "Futures", "Lesson01Callbacks",
        "Lesson02CallbackHell", "Lesson03Futures", "Lesson04AsyncAwait",
      ]
    ),
    .testTarget(
      name: "ExerciseTests",
      dependencies: [
        "CourseKit", "Futures", learner ? "Exercises" : "Solutions",
      ],
      swiftSettings: learner ? [.define("LEARNER")] : []
    ),
  ],
  swiftLanguageModes: [.v6]
)
