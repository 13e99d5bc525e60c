import Testing

@testable import Bench

@Suite("Lessons: tables from make bench")
struct BenchTableTests {
  @Test(
    "every recorded table names its machine and has make bench's rows",
    arguments: Lesson.all
  )
  func recordedTables(lesson: Lesson) throws {
    for block in try lesson.blocks() {
      guard case .bench(let recorded) = block.marker else { continue }
      #expect(
        recorded.contains("on "),
        "\(block): say when and on what machine the table was recorded")
      let heading = header(sources: ["swift", "asyncio"])
      let start = try #require(
        block.lines.firstIndex(of: heading),
        "\(block): no header line; make bench prints:\n\(heading)")
      let rows = block.lines[(start + 1)...].prefix { !$0.isEmpty }
      #expect(!rows.isEmpty, "\(block): a table with no rows")
      // Each row is make bench's: its workload and its unit, in its order.
      var expected = Row.all[...]
      for line in rows {
        let workload = String(line.prefix(34))
          .trimmingCharacters(in: .whitespaces)
        let unit = String(line.dropFirst(35).prefix(4))
          .trimmingCharacters(in: .whitespaces)
        guard
          let index = expected.firstIndex(where: { $0.workload == workload })
        else {
          Issue.record(
            """
            \(block): make bench prints no row '\(workload)' \
            (or not in this order)
            """)
          continue
        }
        #expect(
          expected[index].unit.rawValue == unit,
          "\(block): '\(workload)' is in \(expected[index].unit.rawValue)")
        expected = expected[(index + 1)...]
      }
    }
  }
}
