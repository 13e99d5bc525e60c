/// `count` tasks that each sleep 100 ms at the same time. Ideally that
/// takes 100 ms whatever `count` is; what it takes on top is the cost of
/// starting, waking and finishing that many tasks.
func sleepers(_ count: Int, _ options: Options) async -> [Double] {
  await measure(options) {
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<count {
        group.addTask { try? await Task.sleep(for: .milliseconds(100)) }
      }
    }
  }
}
