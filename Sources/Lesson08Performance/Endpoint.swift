import CourseKit

/// A request to an endpoint that answers in 50 ms: all waiting, no work,
/// as a request over a network is for the program that sends it.
func fetch(_ id: Int, clock: some Clock<Duration>) async throws -> Int {
  try await clock.sleep(for: .milliseconds(50))
  return id
}

/// How long `work` takes on `clock`.
func time(
  on clock: some Clock<Duration>,
  _ work: () async throws -> Void
) async rethrows -> Duration {
  let start = clock.now
  try await work()
  return start.duration(to: clock.now)
}

/// A duration as a table shows it, exactly: `50 ms`, `1.04 s`, `500 s`.
func exactly(_ duration: Duration) -> String {
  let milliseconds = Int(duration / .milliseconds(1))
  if milliseconds < 1000 { return "\(milliseconds) ms" }
  var fraction = String(1000 + milliseconds % 1000).dropFirst()
  while fraction.hasSuffix("0") { fraction.removeLast() }
  let seconds = "\(milliseconds / 1000)"
  return (fraction.isEmpty ? seconds : "\(seconds).\(fraction)") + " s"
}

/// A table row, each cell right-aligned in its column.
func row(_ cells: [String], widths: [Int]) -> String {
  zip(cells, widths).map { cell, width in
    String(repeating: " ", count: max(0, width - cell.count)) + cell
  }.joined(separator: "  ")
}

/// 10000 as `10,000`.
func grouped(_ number: Int) -> String {
  let digits = Array(String(number))
  var text = ""
  for (index, digit) in digits.enumerated() {
    if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
    text.append(digit)
  }
  return text
}

/// The request counts the tables compare.
let counts = [1, 10, 100, 1_000, 10_000]
