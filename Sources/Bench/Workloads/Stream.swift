/// A producer task yields 200,000 numbers into an `AsyncStream`, and the
/// consumer sums them with `for await`: the cost of one hand-over.
func handOverItems(_ options: Options) async -> [Double] {
  let count = 200_000
  return await measure(options, operations: count) {
    let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
    let producer = Task {
      for i in 0..<count { continuation.yield(i) }
      continuation.finish()
    }
    var sum = 0
    for await i in stream { sum &+= i }
    await producer.value
    precondition(sum == count * (count - 1) / 2)
  }
}
