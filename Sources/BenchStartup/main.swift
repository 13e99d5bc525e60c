// The smallest async Swift program: `make bench` launches it to time how
// long a Swift program takes to start, run one task and exit, and asks it
// how much memory it used. No Foundation: only what every program loads.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let answer = await Task { 6 * 7 }.value
precondition(answer == 42)
print(peakMemoryInKiB())

/// The most memory this process has held, in KiB. On Linux, the kernel's
/// `VmHWM` (its high-water mark); `getrusage` there counts memory the
/// process had before `exec` too. On macOS, `getrusage`, in bytes.
func peakMemoryInKiB() -> Int {
  #if os(Linux)
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
      let text = String(
        decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
        as: UTF8.self)
      if text.hasPrefix("VmHWM:") {
        return Int(text.split(separator: " ").dropFirst().first ?? "") ?? -1
      }
    }
    return -1
  #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Int(usage.ru_maxrss) / 1024
  #endif
}
