import CourseKit

/// A server that serves `capacity` requests at a time; the others wait in
/// line, first come, first served. Most real servers have such a limit: a
/// pool of workers, of database connections, of file handles.
actor Server {
  private let capacity: Int
  private var serving = 0
  private var line: [CheckedContinuation<Void, Never>] = []
  /// The first in `line` still waiting: taking from the front of an array
  /// moves every element, and the line can be 10,000 long.
  private var nextInLine = 0

  init(capacity: Int) {
    self.capacity = capacity
  }

  /// Answers request `id` in 50 ms, once it is its turn.
  func answer(_ id: Int, clock: some Clock<Duration>) async throws -> Int {
    await admit()
    defer { leave() }
    return try await fetch(id, clock: clock)
  }

  private func admit() async {
    if serving < capacity {
      serving += 1
    } else {
      await withCheckedContinuation { line.append($0) }
    }
  }

  /// Hands the place to the first in line, if any.
  private func leave() {
    if nextInLine < line.count {
      line[nextInLine].resume()
      nextInLine += 1
    } else {
      serving -= 1
      line.removeAll()
      nextInLine = 0
    }
  }
}
