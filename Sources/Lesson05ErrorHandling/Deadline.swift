import CourseKit

// Three calls, one after another, each given its own second: each fits,
// and the round takes as long as the three together.
func timeoutPerCall(
  _ urls: [String],
  api: RemoteAPI,
  clock: some Clock<Duration>,
  console: Console
) async {
  for url in urls {
    await fetch(
      url, within: .seconds(1), api: api, clock: clock, console: console)
  }
}

// The same calls, with one deadline for the round: each call gets the time
// left until then.
func oneDeadline(
  _ urls: [String],
  api: RemoteAPI,
  clock: some Clock<Duration>,
  console: Console
) async {
  let deadline = clock.now.advanced(by: .seconds(2))
  for url in urls {
    let left = clock.now.duration(to: deadline)
    await fetch(url, within: left, api: api, clock: clock, console: console)
  }
}
