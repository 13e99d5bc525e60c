import CourseKit

let chapter = Chapter(
  7,
  "Async context managers",
  scenes: [
    .onSwiftRuntime("withConnection: the body returns") { stage in
      try await bodyReturns(database: database(on: stage))
    },
    .onSwiftRuntime("withConnection: the body throws") { stage in
      await bodyThrows(database: database(on: stage))
    },
    .onSwiftRuntime("An actor's code in the body") { stage in
      try await refreshTheDashboard(database: database(on: stage))
    },
    .onSwiftRuntime("withConnection: the task is cancelled") { stage in
      try await cancelWhileQuerying(
        database: database(on: stage), clock: stage.clock,
        executor: stage.executor, queryTrades(database:))
    },
    .onSwiftRuntime("defer, and a close that does not wait") { stage in
      try await cancelWhileQuerying(
        database: database(on: stage), clock: stage.clock,
        executor: stage.executor, queryThenAbort(database:))
    },
    .onSwiftRuntime("A close in a task of its own") { stage in
      let executor = stage.executor
      try await cancelWhileQuerying(
        database: database(on: stage), clock: stage.clock,
        executor: executor
      ) { database in
        try await queryTrades(database: database, executor: executor)
      }
    },
    .onSwiftRuntime("Four tasks, a pool of two") { stage in
      try await fourTasksTwoConnections(
        clock: stage.clock, executor: stage.executor,
        console: stage.console, timeline: stage.timeline)
    },
    .onSwiftRuntime("A waiter is cancelled") { stage in
      try await cancelAWaiter(
        clock: stage.clock, executor: stage.executor,
        console: stage.console, timeline: stage.timeline)
    },
    .onSwiftRuntime("A transaction: committed") { stage in
      try await transfer(
        30, database: database(on: stage), executor: stage.executor)
    },
    .onSwiftRuntime("A transaction: rolled back on an error") { stage in
      do {
        try await transfer(
          300, database: database(on: stage), executor: stage.executor)
      } catch {
        stage.console.log("caught \(error)")
      }
    },
    .onSwiftRuntime("A transaction: rolled back on cancellation") { stage in
      let executor = stage.executor
      try await cancelWhileQuerying(
        database: database(on: stage), clock: stage.clock,
        executor: executor
      ) { database in
        try await transfer(
          30, database: database, executor: executor,
          debitTaking: .seconds(1))
      }
    },
  ])

// The scene's simulated server, drawn on the scene's timeline.
func database(on stage: RuntimeStage) -> Database {
  Database(
    clock: stage.clock, console: stage.console, timeline: stage.timeline)
}
