import Foundation

/// Paths in the repository, found from this file's own location.
enum Repository {
  static let root: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(
      atPath: url.appendingPathComponent("Package.swift").path
    ) {
      url.deleteLastPathComponent()
    }
    return url
  }()

  static func url(_ relativePath: String) -> URL {
    root.appendingPathComponent(relativePath)
  }

  static func read(_ relativePath: String) throws -> String {
    try String(contentsOf: url(relativePath), encoding: .utf8)
  }

  /// Every file below `folder` whose name ends in `suffix`, as paths
  /// relative to the root, sorted.
  static func files(in folder: String, endingWith suffix: String) -> [String] {
    let base = url(folder)
    let enumerator = FileManager.default.enumerator(atPath: base.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(suffix) { paths.append("\(folder)/\(path)") }
    }
    return paths.sorted()
  }

  /// The built program `name`, if it is there.
  static func executable(_ name: String) -> URL? {
    guard let modules else { return nil }
    let url = modules.deletingLastPathComponent().appendingPathComponent(name)
    return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
  }

  /// The folder holding the built modules, so that a compile-error block
  /// can `import CourseKit`.
  static let modules: URL? = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent().appendingPathComponent("Modules"),
      url(".build/debug/Modules"),
    ]
    return candidates.first {
      FileManager.default.fileExists(
        atPath: $0.appendingPathComponent("CourseKit.swiftmodule").path
      )
    }
  }()
}
