// What an `await` of an async function costs, next to a plain call. The
// optimiser must not see into either function. If it does, it inlines the
// body, and the async call's overhead goes with it; or it finds a function
// with no side effects, and deletes every call whose result it considers
// unused. `@_optimize(none)` (underscored, but what benchmark packages use)
// leaves the function as written and its effects unknown, so every call
// stays a call. The loops check their result too.

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
    precondition(x == calls)
  }
}

/// The same loop, awaiting an async function that returns at once.
func awaitAnAsyncFunction(_ options: Options) async -> [Double] {
  await measure(options, operations: calls) {
    var x = 0
    for _ in 0..<calls { x = await addOneAsync(x) }
    precondition(x == calls)
  }
}

/// The naive benchmark: the compiler inlines the function, and the loop
/// becomes `x = calls`.
func awaitNaively(_ options: Options) async -> [Double] {
  await measure(options, operations: calls) {
    var x = 0
    for _ in 0..<calls { x = await addOneAsyncInlinable(x) }
    blackHole(x)
  }
}
