// swift-tools-version: 6.2
import PackageDescription

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

    // Tests
    .testTarget(name: "CourseKitTests", dependencies: ["CourseKit"]),
  ],
  swiftLanguageModes: [.v6]
)
