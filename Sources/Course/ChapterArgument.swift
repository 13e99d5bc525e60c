import Syllabus

/// A chapter named on the command line: `make lesson-4`, `make exercise-4`.
enum ChapterArgument {
  /// The written chapter `text` names; otherwise an error that lists the
  /// chapters, for `command` (`lesson`, `exercise`, `watch`).
  static func parse(_ text: String?, for command: String) throws
    -> CourseChapter
  {
    let problem: String
    if let text, let number = Int(text) {
      if let chapter = Syllabus.chapter(number) {
        if chapter.isWritten { return chapter }
        problem = "chapter \(number) (\(chapter.title)) is not written yet."
      } else {
        problem = "there is no chapter \(number)."
      }
    } else if let text, !text.isEmpty {
      problem = "'\(text)' is not a chapter number."
    } else {
      problem = "which chapter? Name it by its number."
    }
    throw CourseError.usage(
      ([problem, "", "The chapters:"] + Help.chapterList() + [
        "", "For example: make \(command)-1",
      ]).joined(separator: "\n"))
  }
}

/// `make help`: the commands and the chapters.
enum Help {
  static func run(_ repository: Repository) -> Int32 {
    say(
      """
      Async programming in Swift, from callbacks to async/await.

      Read and run:
        make lesson-N              run chapter N's program in real time
        make lesson-N SIMULATED=1  run it instantly, in simulated time
        make lesson-9 LIVE=1       chapter 9 against a real server on loopback

      Exercises (your code is in Sources/Exercises):
        make exercise-N            check your solutions to chapter N
        make watch-N               check chapter N again on every save
        make progress              every exercise, solved or not
        make next                  the first unsolved exercise, and where to read
        make hint-N.M              the next hint for exercise N.M
        make solution-N.M          the reference solution, once yours passes
        make reset-N.M             put back N.M's stub (yours is kept in a backup)

      The course itself:
        make test                  the whole suite: core, lessons, docs, solutions
        make verify                stubs fail, solutions pass, wrong solutions fail
        make lint / make format    check / fix formatting (swift format)
        make bench                 Swift vs Python asyncio, measured (chapter 8)
        make bench-loop            measure the course's own event loop

      Chapters:
      """)
    for line in chapterList() { say(line) }
    return 0
  }

  /// One line per chapter: its number, title, and lesson or "not written".
  static func chapterList() -> [String] {
    Syllabus.chapters.map { chapter in
      let number = String(chapter.number).padding(3)
      let title = chapter.title.padding(26)
      let lesson = chapter.isWritten ? chapter.lessonFile : "(not written yet)"
      return "  \(number) \(title) \(lesson)"
    }
  }
}

extension String {
  /// The string, padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
