import Foundation
import Testing

/// The lines of every Swift file below `folders`, by path.
func swiftFiles(in folders: [String]) -> [(path: String, lines: [String])] {
  folders.flatMap { Repository.files(in: $0, endingWith: ".swift") }
    .compactMap { path in
      (try? Repository.read(path)).map {
        (
          path,
          $0.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        )
      }
    }
}

/// Every Swift source line of the programs, by path.
private let sources = swiftFiles(in: ["Sources"])

/// Where `block` appears in `sources`: its lines, in order, with the same
/// extra indentation on every non-empty line.
func location(
  of block: [String],
  in sources: [(path: String, lines: [String])]
) -> String? {
  guard let first = block.first(where: { !$0.isEmpty }),
    let firstIndex = block.firstIndex(of: first)
  else { return nil }
  let needle = first.drop { $0 == " " }
  let blockIndent = first.count - needle.count
  for (path, lines) in sources {
    for (number, line) in lines.enumerated() where line.hasSuffix(needle) {
      let indent = line.count - needle.count - blockIndent
      let start = number - firstIndex
      guard indent >= 0, start >= 0, start + block.count <= lines.count,
        line.dropLast(needle.count).allSatisfy({ $0 == " " })
      else { continue }
      let prefix = String(repeating: " ", count: indent)
      let matches = block.indices.allSatisfy { offset in
        let expected = block[offset]
        let actual = lines[start + offset]
        return expected.isEmpty ? actual.isEmpty : actual == prefix + expected
      }
      if matches { return "\(path):\(start + 1)" }
    }
  }
  return nil
}

/// Records an issue for each line of `blocks` longer than 80 columns.
func recordLinesOver80Columns(
  in blocks: [CodeBlock],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for block in blocks {
    for line in block.lines where line.count > 80 {
      Issue.record(
        "\(block): \(line.count) columns: \(line)",
        sourceLocation: sourceLocation)
    }
  }
}

@Suite("Lessons: Swift code is the program's own")
struct SwiftBlockTests {
  @Test("every unmarked swift block appears verbatim in Sources/")
  func swiftBlocksAreSource() throws {
    for lesson in Lesson.all {
      for block in try lesson.blocks()
      where block.language == "swift" && block.marker == .none {
        #expect(
          location(of: block.lines, in: sources) != nil,
          """
          \(block): this swift block is not in Sources/. Copy it from the \
          source file (same lines, same order), or mark it \
          <!-- illustrative --> if it really cannot be compiled code.
          \(block.text)
          """
        )
      }
    }
  }

  @Test("code in lessons fits in 80 columns")
  func eightyColumns() throws {
    for lesson in Lesson.all {
      recordLinesOver80Columns(
        in: try lesson.blocks().filter { $0.language != "text" })
    }
  }

  @Test("every compile-error block fails to compile with the error shown")
  func compileErrors() async throws {
    let modules = try #require(
      Repository.modules,
      "cannot find the built CourseKit module; run `swift build` first"
    )
    for lesson in Lesson.all {
      for block in try lesson.blocks() {
        guard case .compileError(let expected) = block.marker else { continue }
        // -emit-sil runs the checks that come after type checking too, such
        // as "escaping closure captures non-escaping parameter".
        let (status, output) = try await withFile(
          of: block, named: "main.swift"
        ) {
          try await runProcess([
            "swiftc", "-emit-sil", "-swift-version", "6",
            "-I", modules.path, $0.path, "-o", "/dev/null",
          ])
        }
        #expect(status != 0, "\(block): this block compiles; it should not")
        #expect(
          output.contains(expected),
          "\(block): expected an error containing '\(expected)', got:\n\(output)"
        )
      }
    }
  }

  @Test("every crashes-with block, run on its own, crashes as shown")
  func crashes() async throws {
    for lesson in Lesson.all {
      for block in try lesson.blocks() {
        guard case .crashesWith(let expected) = block.marker else { continue }
        let (status, output) = try await buildAndRun(block)
        #expect(status != 0, "\(block): this program ran without crashing")
        #expect(
          output.contains(expected),
          "\(block): expected '\(expected)' in what it printed:\n\(output)"
        )
      }
    }
  }
}
