import CourseKit

// One round of the monitor's polling, drawn: two fetches at a time, each
// attempt within 0.5 s, a failed or timed-out symbol retried once.
func oneRound(stage: RuntimeStage) async {
  let quotes = SimulatedQuotes(api: stage.marketAPI(seed: 3))
  let aggregator = Aggregator()
  let snapshot = await poll(
    round: 1, symbols: watchList, from: quotes, policy: PollPolicy(),
    clock: stage.clock, aggregator: aggregator)
  stage.console.log(snapshot.line)
  let tally = await aggregator.tally
  stage.console.log(
    "\(tally.fetches) fetches, \(tally.retries) retries, "
      + "\(tally.timeouts) timeouts, \(tally.failures) failures")
}
