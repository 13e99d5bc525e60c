// Chapter 4 reference solutions. Same API as Sources/Exercises.

import CourseKit
import Synchronization

// MARK: - Types the exercises use

/// What `dashboard(user:api:)` gathers.
public struct Dashboard: Equatable, Sendable {
  /// The body of `/users/<id>`.
  public var profile: String
  /// The body of `/users/<id>/orders`.
  public var orders: String
  /// The body of `/users/<id>/wishlist`.
  public var wishlist: String

  /// Creates a dashboard from the three bodies.
  public init(profile: String, orders: String, wishlist: String) {
    self.profile = profile
    self.orders = orders
    self.wishlist = wishlist
  }
}

/// A completion handler that gets a receipt or an error.
public typealias PaymentCompletion =
  @Sendable (Result<String, any Error>) -> Void

// MARK: - Exercise 4.1

/// Exercise 4.1: fetch `https://api.example.com/users/<user>`, and its
/// `/orders` and `/wishlist`, all three at once, and return them. If a
/// request fails, throw its error.
public func dashboard(user: Int, api: RemoteAPI) async throws -> Dashboard {
  async let profile = api.fetch("https://api.example.com/users/\(user)")
  async let orders = api.fetch(
    "https://api.example.com/users/\(user)/orders"
  )
  async let wishlist = api.fetch(
    "https://api.example.com/users/\(user)/wishlist"
  )
  return try await Dashboard(
    profile: profile,
    orders: orders,
    wishlist: wishlist
  )
}

// MARK: - Exercise 4.2

/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  try await withCheckedThrowingContinuation { continuation in
    pay(card) { result in continuation.resume(with: result) }
  }
}

// MARK: - Exercise 4.3

/// Exercise 4.3: `transform` every item, with at most `limit` transforms
/// running at once (a limit below 1 counts as 1), and no fewer while items
/// are waiting; return the outputs in the order of `items`. The first error
/// thrown is rethrown at once, and no transform starts after it.
public func concurrentMap<Input: Sendable, Output: Sendable>(
  _ items: [Input],
  atMost limit: Int,
  _ transform: @escaping @Sendable (Input) async throws -> Output
) async throws -> [Output] {
  try await withThrowingTaskGroup(of: (Int, Output).self) { group in
    var next = 0
    func startNext() {
      guard next < items.count else { return }
      let index = next
      let item = items[index]
      group.addTask { (index, try await transform(item)) }
      next += 1
    }
    for _ in 0..<max(limit, 1) { startNext() }
    var outputs = [Output?](repeating: nil, count: items.count)
    for try await (index, output) in group {
      outputs[index] = output
      startNext()
    }
    return outputs.map { $0! }
  }
}

// MARK: - Exercise 4.4

/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor
  private var tasks: [String: Task<String, any Error>] = [:]

  /// Creates an empty cache in front of `api`. Start tasks with
  /// `Task(executorPreference: executor) { … }`, as the lesson does.
  public init(api: RemoteAPI, executor: any TaskExecutor) {
    self.api = api
    self.executor = executor
  }

  /// The body of `url`, fetched at most once: a call while the first
  /// request is still in flight waits for that request rather than
  /// sending another, and shares its outcome. A failure is not kept: a
  /// call after it tries again.
  public func body(for url: String) async throws -> String {
    // A request in flight is kept as its task, so a second caller awaits
    // the same task instead of sending a second request.
    if let task = tasks[url] {
      return try await task.value
    }
    let task = Task(executorPreference: executor) { [api] in
      try await api.fetch(url)
    }
    tasks[url] = task
    do {
      return try await task.value
    } catch {
      tasks[url] = nil  // Do not keep a failure: the next call tries again.
      throw error
    }
  }
}

// MARK: - Exercise 4.5

/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  let handle = Mutex<Download?>(nil)
  do {
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let download = service.download(url) { result in
          continuation.resume(with: result)
        }
        handle.withLock { $0 = download }
        // The task's flag is set before `onCancel` runs, and the handle is
        // shared through the Mutex, so either `onCancel` finds the handle,
        // or this check sees the flag (or both; cancelling twice is
        // harmless). This covers a task cancelled before the call, and one
        // cancelled while the download was starting.
        if Task.isCancelled { download.cancel() }
      }
    } onCancel: {
      handle.withLock { $0?.cancel() }
    }
  } catch DownloadError.cancelled {
    // The download stopped because this task was cancelled: say so in the
    // error every caller knows.
    throw CancellationError()
  }
}
