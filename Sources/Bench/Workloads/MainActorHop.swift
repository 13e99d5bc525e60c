/// From a task on Swift's pool, hops onto the main actor and back, 20,000
/// times: what a background task pays each time it touches the main actor.
/// The main actor is a thread of its own, not one of the pool's, so each
/// hop is two trips through a scheduler, one of them to another thread.
func hopToTheMainActor(_ options: Options) async -> [Double] {
  let count = 20_000
  return await measure(options, operations: count) {
    for _ in 0..<count {
      await MainActor.run {}
    }
  }
}
