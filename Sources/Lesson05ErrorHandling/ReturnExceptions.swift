import CourseKit

// The seed's `risky_operation`: "fail" fails at once; any other name
// succeeds after a second.
struct OperationFailed: Error, CustomStringConvertible {
  let name: String
  var description: String { "Operation \(name) failed" }
}

func riskyOperation(_ name: String, clock: some Clock<Duration>)
  async throws -> String
{
  if name == "fail" { throw OperationFailed(name: name) }
  try await clock.sleep(for: .seconds(1))
  return "Success: \(name)"
}

// `gather(..., return_exceptions=True)` in Swift: each child catches its
// own error and returns a `Result`, so no error ends the group. A group
// hands back children in the order they finish; the index each child
// returns puts its result back in the order of `names`.
func gatherResults(_ names: [String], clock: some Clock<Duration>)
  async -> [Result<String, any Error>]
{
  await withTaskGroup(of: (Int, Result<String, any Error>).self) { group in
    for (index, name) in names.enumerated() {
      group.addTask {
        do {
          return (index, .success(try await riskyOperation(name, clock: clock)))
        } catch {
          return (index, .failure(error))
        }
      }
    }
    var results = [Result<String, any Error>?](
      repeating: nil, count: names.count)
    for await (index, result) in group {
      results[index] = result
    }
    return results.map { $0! }
  }
}

// The seed's loop over the results.
func show(_ results: [Result<String, any Error>], console: Console) {
  for result in results {
    switch result {
    case .success(let value): console.log(value)
    case .failure(let error): console.log("Error: \(error)")
    }
  }
}
