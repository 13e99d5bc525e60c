import CourseKit
import Futures
import Shop

func allOfThem(api: RemoteAPI, loop: EventLoop, console: Console) {
  let urls = ["/users/42", "/users/42/orders", "/users/42/wishlist"]
  let fetches = urls.map { fetchFuture(shop($0), api: api, on: loop) }
  console.log("sent \(fetches.count) requests")
  Future.all(fetches, on: loop).whenComplete { result in
    switch result {
    case .success(let bodies):
      console.log("all answered, in the order asked:")
      for body in bodies { console.log("  \(body)") }
    case .failure(let error):
      console.log("one failed: \(error)")
    }
  }
}

func theFirstOfThem(api: RemoteAPI, loop: EventLoop, console: Console) {
  let mirrors = ["/eu/file", "/us/file", "/asia/file"]
  let fetches = mirrors.map { fetchFuture(shop($0), api: api, on: loop) }
  Future.first(of: fetches, on: loop).whenComplete { result in
    console.log("first answer: \(result)")
  }
}

let spreadLatencies = Latency.perURL([
  shop("/users/42"): .milliseconds(600),
  shop("/users/42/orders"): .seconds(1),
  shop("/users/42/wishlist"): .milliseconds(300),
  shop("/eu/file"): .milliseconds(800),
  shop("/us/file"): .milliseconds(400),
  shop("/asia/file"): .seconds(1),
])
