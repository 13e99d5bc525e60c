/// The course's chapters: the one list that the `course` program, the tests
/// and the docs checks all read.
///
/// Every other name follows from a chapter's number and slug, so a chapter
/// cannot be half-registered: `Lessons/04-async-await.md`, the program
/// `Lesson04AsyncAwait`, the exercises in
/// `Sources/Exercises/Lesson04AsyncAwait.swift`, and so on. A test checks
/// that `Package.swift`, README's lesson table, `Lessons/` and `Sources/`
/// agree with this list. To add a chapter, see `CONTRIBUTING.md`.
public enum Syllabus {
  /// Every chapter the course plans, in order; `isWritten` is false for
  /// those still to come.
  public static let chapters: [CourseChapter] = [
    CourseChapter(1, "callbacks", "Callbacks"),
    CourseChapter(2, "callback-hell", "Callback hell"),
    CourseChapter(3, "futures", "Futures"),
    CourseChapter(4, "async-await", "Async/await"),
    CourseChapter(5, "error-handling", "Error handling"),
    CourseChapter(6, "async-iterators", "Async iterators"),
    CourseChapter(7, "async-context-managers", "Async context managers"),
    CourseChapter(8, "performance", "Performance"),
    CourseChapter(9, "data-pipeline", "A real-time data pipeline"),
  ]

  /// The chapters that have a program, a lesson and exercises.
  public static var written: [CourseChapter] {
    chapters.filter(\.isWritten)
  }

  /// Chapter `number`, written or not, or nil if the course has none.
  public static func chapter(_ number: Int) -> CourseChapter? {
    chapters.first { $0.number == number }
  }
}

/// One chapter of the course, and the names of its files and targets.
public struct CourseChapter: Sendable, Hashable, CustomStringConvertible {
  /// The chapter's number, as in `make lesson-4`.
  public let number: Int
  /// The lesson file's name without its number: `async-await`.
  public let slug: String
  /// The title, as in README's lesson table: `Async/await`.
  public let title: String
  /// Whether the chapter is written yet.
  public let isWritten: Bool

  /// Creates the entry for chapter `number`.
  public init(
    _ number: Int,
    _ slug: String,
    _ title: String,
    isWritten: Bool = true
  ) {
    self.number = number
    self.slug = slug
    self.title = title
    self.isWritten = isWritten
  }

  /// The chapter's program, and the name of its exercise files:
  /// `Lesson04AsyncAwait`.
  public var target: String {
    let words = slug.split(separator: "-").map {
      $0.prefix(1).uppercased() + $0.dropFirst()
    }
    return "Lesson" + twoDigits + words.joined()
  }

  /// The lesson: `Lessons/04-async-await.md`.
  public var lessonFile: String { "Lessons/\(twoDigits)-\(slug).md" }

  /// The learner's workspace: `Sources/Exercises/Lesson04AsyncAwait.swift`.
  public var exerciseFile: String { "Sources/Exercises/\(target).swift" }

  /// The reference solutions: `Sources/Solutions/Lesson04AsyncAwait.swift`.
  public var solutionFile: String { "Sources/Solutions/\(target).swift" }

  /// The exercises' tests:
  /// `Tests/ExerciseTests/Lesson04AsyncAwaitTests.swift`.
  public var exerciseTestFile: String {
    "Tests/ExerciseTests/\(target)Tests.swift"
  }

  /// The shipped stubs, which `make reset-N.M` restores:
  /// `Tests/ExerciseStubs/Lesson04AsyncAwait.swift`.
  public var stubFile: String { "Tests/ExerciseStubs/\(target).swift" }

  /// The recorded wrong solutions, one file each:
  /// `Tests/WrongSolutions/Lesson04AsyncAwait`.
  public var wrongSolutionsFolder: String { "Tests/WrongSolutions/\(target)" }

  /// `04`.
  var twoDigits: String { number < 10 ? "0\(number)" : "\(number)" }

  /// `Chapter 4 (Async/await)`.
  public var description: String { "Chapter \(number) (\(title))" }
}
