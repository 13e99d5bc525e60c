/// Suspends on a checked continuation and resumes it at once: the least a
/// callback API bridged into async code costs per call.
func resumeAContinuation(_ options: Options) async -> [Double] {
  let count = 1_000_000
  return await measure(options, operations: count) {
    var total = 0
    for i in 0..<count {
      total &+= await withCheckedContinuation { continuation in
        continuation.resume(returning: i)
      }
    }
    blackHole(total)
  }
}
