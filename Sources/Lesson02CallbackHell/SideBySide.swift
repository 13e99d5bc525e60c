import CourseKit
import Shop

// Three independent requests and the dependent chain, started together and
// drawn on one clock. Every request takes one second.
func sideBySide(api: RemoteAPI, console: Console) {
  let urls = ["/users/42", "/users/42/orders", "/users/42/wishlist"]
  fetchInParallel(urls.map(shop), api: api) { bodies in
    console.log("in parallel: \(bodies.count) answers")
  }
  trackLatestOrder(user: 42, api: api) { summary in
    console.log("chain: \(summary)")
  }
}
