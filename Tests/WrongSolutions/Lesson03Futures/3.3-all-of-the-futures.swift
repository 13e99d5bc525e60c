// Exercise 3.3, wrong: calls `Future.all` on the futures themselves and
// wraps each value in `.success`; `all` fails at the first failure.
// Rejected with: allSettled never fails
extension Future {
  /// Exercise 3.3: a future of every result of `futures`, successes and
  /// failures, in the order of `futures`, once all are complete. It never
  /// fails: this is asyncio's `gather(..., return_exceptions=True)`. Keep
  /// the state in each call: two at once must not mix.
  public static func allSettled(
    _ futures: [Future<Value>],
    on loop: EventLoop
  ) -> Future<[Result<Value, any Error>]> {
    Future.all(futures, on: loop).map { values in
      values.map { .success($0) }
    }
  }
}
