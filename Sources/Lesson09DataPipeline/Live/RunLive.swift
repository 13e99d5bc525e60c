import CourseKit
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

// `make lesson-9 LIVE=1`: the market server on 127.0.0.1, the monitor
// polling it over real sockets, until Ctrl-C; then the summary, and what
// the server saw.
func runLive(console: Console) async throws {
  let server = try MarketServer(faults: .live)
  let session = URLSession(configuration: .ephemeral)
  console.print("The market server listens on http://127.0.0.1:\(server.port)")
  console.print(
    "(try: curl 'http://127.0.0.1:\(server.port)/quote/AAPL?round=1')")
  console.print("Press Ctrl-C to stop.")
  console.print()
  let stop = Stop()
  let summary = await withCtrlC(stopping: stop, console: console) {
    await monitor(
      HTTPQuotes(
        server: URL(string: "http://127.0.0.1:\(server.port)")!,
        session: session),
      settings: MonitorSettings(), stop: stop, clock: ContinuousClock(),
      console: console)
  }
  session.invalidateAndCancel()
  server.stop()
  for line in summary.lines { console.log(line) }
  let stats = server.stats
  console.log(
    "server: \(stats.requests) requests on \(stats.connections) "
      + "connections, \(stats.failed) answered 503, \(stats.open) still open")
}
