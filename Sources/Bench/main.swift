import Foundation

// `make bench`: each workload in Swift, then in Python's asyncio (and
// uvloop, when it is installed), printed side by side. It reports; it never
// asserts. Build it in release mode: a debug build says nothing about what
// Swift costs.

let options: Options
do {
  guard let parsed = try Options.parse(CommandLine.arguments) else {
    print(Options.usage)
    exit(0)
  }
  options = parsed
} catch {
  FileHandle.standardError.write(
    Data("error: \(error.message)\n\n\(Options.usage)\n".utf8))
  exit(2)
}

await runBench(options)
