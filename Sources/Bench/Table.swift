import Foundation

/// The table `make bench` prints: one line per row, the medians of each
/// side with their spread, and asyncio's median divided by Swift's.
func table(_ report: Report, sources: [String]) -> [String] {
  let others = sources.filter { $0 != "swift" }
  var lines = [header(sources: sources)]
  for row in Row.all {
    let cells = (["swift"] + others).map { source in
      report.series(source, row.id)
    }
    if cells.allSatisfy({ $0 == nil }) { continue }
    var line = pad(row.workload, 34) + " " + pad(row.unit.rawValue, 4)
    for cell in cells {
      line +=
        " "
        + pad(
          cell.map { number($0.median / row.unit.scale) } ?? "–", 8,
          right: true
        )
      line += " " + pad(cell.map { percent($0.spread) } ?? "", 6, right: true)
    }
    if others.contains("asyncio") {
      var ratio = "–"
      if let swift = cells[0], let asyncio = cells[1] {
        ratio = times(asyncio.median / swift.median)
      }
      line += pad(ratio, 7, right: true)
    }
    lines.append(line)
  }
  return lines
}

/// The table's first line, for Swift and `sources`' other columns.
func header(sources: [String]) -> String {
  let others = sources.filter { $0 != "swift" }
  var header = pad("workload", 34) + " " + pad("unit", 4)
  for source in ["Swift"] + others {
    header += " " + pad(source, 8, right: true) + " " + pad("spread", 6)
  }
  if others.contains("asyncio") { header += pad("ratio", 7, right: true) }
  return header
}

/// Three significant figures, thousands grouped: 2.90, 18.0, 5,025.
func number(_ value: Double) -> String {
  switch value {
  case 100...: return grouped(Int(value.rounded()))
  case 10..<100: return String(format: "%.1f", value)
  case 0.01..<10: return String(format: "%.2f", value)
  default: return String(format: "%.0e", value)
  }
}

func grouped(_ value: Int) -> String {
  let digits = Array(String(value))
  var text = ""
  for (index, digit) in digits.enumerated() {
    if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
    text.append(digit)
  }
  return text
}

func percent(_ fraction: Double) -> String {
  "\(Int((fraction * 100).rounded()))%"
}

/// How many times longer: 6.2×, 30×, 0.48×.
func times(_ ratio: Double) -> String {
  switch ratio {
  case 10...: "\(Int(ratio.rounded()))×"
  case 1..<10: String(format: "%.1f×", ratio)
  default: String(format: "%.2f×", ratio)
  }
}

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
  let gap = String(repeating: " ", count: max(0, width - text.count))
  return right ? gap + text : text + gap
}
