import CourseTestSupport
import Foundation
import Testing

/// Runs `arguments` (found on PATH) in `directory` and returns its exit
/// status and everything it wrote to stderr, and to stdout unless
/// `standardOutput` is false, interleaved. The waiting happens on a thread
/// of its own, not on one of the pool's, which the tests running in
/// parallel need.
func runProcess(
  _ arguments: [String],
  in directory: URL? = nil,
  standardOutput: Bool = true
) async throws -> (status: Int32, output: String) {
  try await onOwnThread {
    try runProcessBlocking(
      arguments, in: directory, standardOutput: standardOutput)
  }
}

/// `runProcess`, waiting on the calling thread.
func runProcessBlocking(
  _ arguments: [String],
  in directory: URL? = nil,
  standardOutput: Bool = true
) throws -> (status: Int32, output: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  let pipe = Pipe()
  process.standardOutput = standardOutput ? pipe : FileHandle.nullDevice
  process.standardError = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Writes `block`'s text to a file named `name` in a fresh temporary folder,
/// runs `body` with the file, and removes the folder.
func withFile<T>(
  of block: CodeBlock,
  named name: String,
  _ body: (URL) async throws -> T
) async throws -> T {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("course-docs-\(UUID().uuidString)")
  try FileManager.default.createDirectory(
    at: folder,
    withIntermediateDirectories: true
  )
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appendingPathComponent(name)
  try block.text.write(to: file, atomically: true, encoding: .utf8)
  return try await body(file)
}

/// Builds `block`, a whole program, with `swiftc -swift-version 6` and
/// `flags`, runs it, and returns its exit status and what it printed.
/// A block that does not build fails the calling test.
func buildAndRun(_ block: CodeBlock, flags: [String] = []) async throws
  -> (status: Int32, output: String)
{
  try await withFile(of: block, named: "main.swift") { source in
    let program = source.deletingLastPathComponent()
      .appendingPathComponent("program")
    let (built, log) = try await runProcess(
      ["swiftc", "-swift-version", "6"] + flags
        + [source.path, "-o", program.path]
    )
    try #require(built == 0, "\(block) does not build:\n\(log)")
    return try await runProcess([program.path])
  }
}
