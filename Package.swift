// swift-tools-version: 6.2
import PackageDescription

// The chapters' programs, in order: `make lesson-N` runs the Nth. The
// course's registry (Sources/Syllabus/Syllabus.swift) lists the same
// chapters, and a test checks that the two agree. The second element names
// the chapters' libraries each program uses.
let lessons: [(name: String, libraries: [String])] = [
  ("Lesson01Callbacks", []),
  ("Lesson02CallbackHell", ["Shop"]),
  ("Lesson03Futures", ["Futures", "Shop"]),
  ("Lesson04AsyncAwait", []),
  ("Lesson05ErrorHandling", []),
  ("Lesson06AsyncIterators", []),
  ("Lesson07AsyncContextManagers", []),
  ("Lesson08Performance", []),
  ("Lesson09DataPipeline", []),
]

// The chapters' libraries, each in the folder of the chapter that
// introduces it, so that later chapters and the exercises can use it too.
let chapterLibraries: [(name: String, chapter: String)] = [
  ("Shop", "Lesson02CallbackHell"),
  ("Futures", "Lesson03Futures"),
]

let libraries: [Target] = chapterLibraries.map { library in
  .target(
    name: library.name,
    dependencies: ["CourseKit"],
    path: "Sources/\(library.chapter)/\(library.name)"
  )
}
let libraryNames: [Target.Dependency] = chapterLibraries.map {
  .target(name: $0.name)
}

// The core. Its overview page, CourseKit.md, sits with its sources.
let courseKit: Target = .target(name: "CourseKit", exclude: ["CourseKit.md"])

// What the tests share (a Recorder, a chapter's simulated output). The
// exercises' tests use it, so the package that checks them has it too.
let testSupport: Target = .target(
  name: "CourseTestSupport",
  dependencies: ["CourseKit"],
  path: "Tests/CourseTestSupport"
)

// `make exercise-N` checks your exercises in a package of their own: the
// `course` program copies your files into a folder in .build and sets
// COURSE_WORKSPACE to it, and the package is then only the core, the
// chapters' libraries, the tests' support, your code and its tests. So it builds apart from
// everything else, and never sees a file you are halfway through saving.
let workspace = Context.environment["COURSE_WORKSPACE"]

let learnerTargets: [Target] =
  [courseKit, testSupport] + libraries + [
    .target(
      name: "Exercises",
      dependencies: ["CourseKit"] + libraryNames,
      path: "\(workspace ?? "")/Exercises"
    ),
    .testTarget(
      name: "ExerciseTests",
      dependencies: ["CourseKit", "CourseTestSupport", "Exercises"]
        + libraryNames,
      path: "\(workspace ?? "")/ExerciseTests",
      swiftSettings: [.define("LEARNER")]
    ),
  ]

let courseTargets: [Target] =
  [
    // Core: the deterministic event loop, its clock, console, timeline,
    // simulated API and lesson runner. Every chapter builds on it.
    courseKit,
    .executableTarget(name: "CourseKitBenchmark", dependencies: ["CourseKit"]),

    // `make bench`: Swift and Python's asyncio side by side (chapter 8).
    // BenchStartup is the smallest async program, launched to time start-up.
    .executableTarget(name: "Bench"),
    .executableTarget(name: "BenchStartup"),

    // The course program behind the Makefile, and its list of chapters.
    .target(name: "Syllabus"),
    .executableTarget(name: "Course", dependencies: ["Syllabus"]),
  ]
  // Lessons: one program per chapter.
  + lessons.map { lesson in
    .executableTarget(
      name: lesson.name,
      dependencies: ["CourseKit"] + lesson.libraries.map { .target(name: $0) },
      exclude: chapterLibraries.filter { $0.chapter == lesson.name }.map(\.name)
    )
  } + libraries + [
    // Exercises: your workspace (checked by `make exercise-N`), and the
    // reference solutions (checked by `make test`).
    .target(
      name: "Exercises",
      dependencies: ["CourseKit"] + libraryNames,
      exclude: ["Hints"]
    ),
    .target(name: "Solutions", dependencies: ["CourseKit"] + libraryNames),

    // Tests
    .testTarget(
      name: "CourseKitTests",
      dependencies: ["CourseKit", "CourseTestSupport"]
    ),
    testSupport,
    .testTarget(
      name: "LessonTests",
      dependencies: ["CourseKit", "CourseTestSupport", "Syllabus"]
        + libraryNames
        + lessons.map { .target(name: $0.name) }
    ),
    .testTarget(
      name: "DocsTests",
      dependencies: ["CourseKit", "CourseTestSupport", "Syllabus", "Bench"]
        + libraryNames + lessons.map { .target(name: $0.name) }
    ),
    .testTarget(
      name: "ExerciseTests",
      dependencies: ["CourseKit", "CourseTestSupport", "Solutions"]
        + libraryNames
    ),
    .testTarget(
      name: "CourseTests",
      dependencies: ["Course", "Syllabus", "CourseTestSupport"]
    ),
  ]

let package = Package(
  name: "AsyncSwiftCourse",
  platforms: [.macOS(.v15)],
  products: workspace == nil
    ? [.executable(name: "course", targets: ["Course"])] : [],
  targets: workspace == nil ? courseTargets : learnerTargets,
  swiftLanguageModes: [.v6]
)
