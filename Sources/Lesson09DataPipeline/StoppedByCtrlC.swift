import CourseKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The whole monitor, until a Ctrl-C at 4.4 s. In real time the scene sends
// itself a real SIGINT then, as your Ctrl-C would (press it sooner, and
// the monitor stops sooner); in simulated time no signal can arrive, so
// the scene makes the same stop request at the same virtual instant.
func stoppedByCtrlC(stage: RuntimeStage) async {
  let (clock, console) = (stage.clock, stage.console)
  let stop = Stop()
  let quotes = SimulatedQuotes(api: stage.marketAPI(seed: 48, drawn: false))
  let summary = await withCtrlC(
    stopping: stop, console: console, realTime: stage.isRealTime
  ) {
    await withTaskGroup(of: Summary?.self) { group in
      group.addTask {
        guard (try? await clock.sleep(for: .milliseconds(4400))) != nil
        else { return nil }
        if stage.isRealTime {
          kill(getpid(), SIGINT)
        } else {
          pressCtrlC(stop, console: console)
        }
        return nil
      }
      group.addTask {
        await monitor(
          quotes, settings: MonitorSettings(), stop: stop, clock: clock,
          console: console)
      }
      var summary: Summary?
      // The monitor returns only once stopped; then the Ctrl-C to come,
      // if any, is cancelled before the handler goes.
      while let result = await group.next() {
        if let result {
          summary = result
          group.cancelAll()
        }
      }
      return summary!
    }
  }
  for line in summary.lines { console.log(line) }
}
