extension UnfinishedWork {
  /// `1 scheduled callback never ran, 2 sleeping tasks never woke up`.
  var summary: String {
    func count(_ number: Int, _ one: String, _ many: String) -> String? {
      number == 0 ? nil : "\(number) \(number == 1 ? one : many)"
    }
    return [
      count(
        callbacks,
        "scheduled callback never ran",
        "scheduled callbacks never ran"
      ),
      count(
        sleepingTasks,
        "sleeping task never woke up",
        "sleeping tasks never woke up"
      ),
      count(readyTasks, "task never resumed", "tasks never resumed"),
    ].compactMap { $0 }.joined(separator: ", ")
  }
}
