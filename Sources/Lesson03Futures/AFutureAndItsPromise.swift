import CourseKit
import Futures

func aFutureAndItsPromise(loop: EventLoop, console: Console) {
  let (future, promise) = Future<String>.make(on: loop)
  future.whenComplete { result in
    console.log("first callback: \(result)")
  }
  loop.callLater(after: .seconds(1)) {
    do {
      try promise.succeed("the answer")
      console.log("completed the promise")
      try promise.succeed("another answer")
    } catch {
      console.log("second completion refused: \(error)")
    }
    future.whenComplete { result in
      console.log("late callback: \(result)")
    }
    console.log("added a callback to the complete future")
  }
  console.log("the future is pending")
}
