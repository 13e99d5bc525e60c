/// The primes in `range`, counted by trial division: slow on purpose, and
/// the same steps as the Python version, so the two compare.
func countPrimes(in range: Range<Int>) -> Int {
  var count = 0
  for n in range where isPrime(n) {
    count += 1
  }
  return count
}

func isPrime(_ n: Int) -> Bool {
  if n < 2 { return false }
  if n % 2 == 0 { return n == 2 }
  var divisor = 3
  while divisor * divisor <= n {
    if n % divisor == 0 { return false }
    divisor += 2
  }
  return true
}

/// [0, 400,000) in 8 chunks of 50,000. There are 33,860 primes below it.
let primeChunks = (0..<8).map { $0 * 50_000..<($0 + 1) * 50_000 }
let primesBelowLimit = 33_860

/// The 8 chunks in a loop, on one thread.
func primesInALoop(_ options: Options) async -> [Double] {
  await measure(options) {
    var total = 0
    for chunk in primeChunks {
      total += countPrimes(in: chunk)
    }
    precondition(total == primesBelowLimit, "the benchmark counts wrong")
  }
}

/// The 8 chunks as the children of a task group: they run on every core.
func primesInTasks(_ options: Options) async -> [Double] {
  await measure(options) {
    let total = await withTaskGroup(of: Int.self) { group in
      for chunk in primeChunks {
        group.addTask { countPrimes(in: chunk) }
      }
      return await group.reduce(0, +)
    }
    precondition(total == primesBelowLimit, "the benchmark counts wrong")
  }
}
