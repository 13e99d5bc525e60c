// What an `await` of an async function costs, next to a plain call. The
// optimiser must not see into either function: if it does, it inlines the
// body, or works out the whole loop's result without calling anything, and
// the loop measures nothing. `@inline(never)` alone is not enough: the
// optimiser still reads the body, finds a function with no side effects,
// and computes the loop without calling it. `@_optimize(none)` (underscored,
// but what benchmark packages use) leaves the function unread and unchanged.

@_optimize(none)
func addOne(_ x: Int) -> Int { x &+ 1 }

@_optimize(none)
func addOneAsync(_ x: Int) async -> Int { x &+ 1 }

/// The naive version: the optimiser sees through this one.
func addOneAsyncInlinable(_ x: Int) async -> Int { x &+ 1 }

let calls = 10_000_000

/// Ten million plain calls, each result fed to the next.
func callAFunction(_ options: Options) async -> [Double] {
  await measure(options, operations: calls) {
    var x = 0
    for _ in 0..<calls { x = addOne(x) }
    blackHole(x)
  }
}

/// The same loop, awaiting an async function that returns at once.
func awaitAnAsyncFunction(_ options: Options) async -> [Double] {
  await measure(options, operations: calls) {
    var x = 0
    for _ in 0..<calls { x = await addOneAsync(x) }
    blackHole(x)
  }
}

/// The naive benchmark: the compiler turns the loop into `x = calls`.
func awaitNaively(_ options: Options) async -> [Double] {
  await measure(options, operations: calls) {
    var x = 0
    for _ in 0..<calls { x = await addOneAsyncInlinable(x) }
    blackHole(x)
  }
}
