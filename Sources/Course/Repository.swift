import Foundation
import Syllabus

/// The course's folder, found from the working directory, and its files.
struct Repository: Sendable {
  /// The folder holding Package.swift.
  let root: URL

  /// The repository that holds the working directory.
  static func current() throws -> Repository {
    var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while true {
      let manifest = folder.appendingPathComponent("Package.swift").path
      let registry = folder.appendingPathComponent("Sources/Syllabus").path
      if FileManager.default.fileExists(atPath: manifest),
        FileManager.default.fileExists(atPath: registry)
      {
        return Repository(root: folder)
      }
      let parent = folder.deletingLastPathComponent()
      guard parent.path != folder.path else {
        throw CourseError.usage(
          "run this from the course's folder (the one with the Makefile)")
      }
      folder = parent
    }
  }

  func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: url(path).path)
  }

  func read(_ path: String) throws -> String {
    do {
      return try String(contentsOf: url(path), encoding: .utf8)
    } catch {
      throw CourseError.failed("cannot read \(path)")
    }
  }

  /// Writes `text` to `path`, creating folders, unless it already holds
  /// exactly that: an unchanged file keeps its time, so builds stay warm.
  @discardableResult
  func write(_ text: String, to path: String) throws -> Bool {
    if (try? read(path)) == text { return false }
    let file = url(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(),
      withIntermediateDirectories: true
    )
    try text.write(to: file, atomically: true, encoding: .utf8)
    return true
  }

  /// The names of the files in `folder`, sorted; none if it is missing.
  func files(in folder: String) -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path))
      ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }
}

/// What stops a command: a mistake in how it was called (exit status 2),
/// or something that went wrong (exit status 1).
enum CourseError: Error {
  case usage(String)
  case failed(String)
}
