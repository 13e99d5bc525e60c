import CourseKit
import Futures
import Shop

// A Swift Task is a future too: creating it schedules its work, and
// `value` waits for the result. (The course gives the task an executor
// preference so that it runs on the course's loop; in an app you write
// `Task { … }`.)
func aTaskIsAFuture(api: RemoteAPI, loop: EventLoop, console: Console)
  async throws
{
  let task = Task(executorPreference: loop) {
    try await api.fetch(shop("/users/42/latest-order"))
  }
  console.log("the task is scheduled; this code goes on")
  let order = try await task.value
  console.log("the task's value: \(order)")
}

// A Future becomes an `await` through its `value` property.
func awaitingAFuture(api: RemoteAPI, loop: EventLoop, console: Console)
  async throws
{
  let tracking = trackLatestOrder(user: 42, api: api, on: loop)
  console.log("waiting for the tracking future")
  let summary = try await tracking.value
  console.log(summary)
}
