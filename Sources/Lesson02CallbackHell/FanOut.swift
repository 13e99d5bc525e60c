import CourseKit
import Shop
import Synchronization

// Independent requests, all sent at once. `completion` gets the bodies in
// the order they arrive, once, after the last one.
func fetchInParallel(
  _ urls: [String],
  api: RemoteAPI,
  completion: @escaping @Sendable ([String]) -> Void
) {
  // What the callbacks share. They may run on any thread at once, so it
  // is behind a Mutex: one thread at a time inside withLock.
  let state = Mutex((bodies: [String](), remaining: urls.count))
  for url in urls {
    api.fetch(url) { result in
      let body = (try? result.get()) ?? "failed"
      let all = state.withLock { state -> [String]? in
        state.bodies.append(body)
        state.remaining -= 1
        return state.remaining == 0 ? state.bodies : nil
      }
      // Called outside the lock: never run someone else's code holding it.
      if let all { completion(all) }
    }
  }
}

func threeInParallel(api: RemoteAPI, console: Console) {
  let urls = ["/users/42", "/users/42/orders", "/users/42/wishlist"]
  console.log("sending three requests")
  fetchInParallel(urls.map(shop), api: api) { bodies in
    console.log("all three answered:")
    for body in bodies { console.log("  \(body)") }
  }
}

let parallelLatencies = Latency.perURL([
  shop("/users/42"): .milliseconds(600),
  shop("/users/42/orders"): .seconds(1),
  shop("/users/42/wishlist"): .milliseconds(300),
])
