import CourseKit
import Futures

// `api.fetch` as a future: the request starts now, and the future completes
// with its answer. If the API called back twice, the future would keep the
// first answer and ignore the second.
func fetchFuture(
  _ url: String,
  api: RemoteAPI,
  on loop: EventLoop
) -> Future<String> {
  let (future, promise) = Future<String>.make(on: loop)
  api.fetch(url) { result in
    promise.completeIfPending(result.mapError { $0 })
  }
  return future
}
