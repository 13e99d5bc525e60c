// Chapter 4 exercises: async/await. Run `make exercise-4` to check them.
// Each exercise is explained in Lessons/04-async-await.md.

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
  // TODO: replace this body. Start all three before awaiting any:
  // Lessons/04-async-await.md#three-at-once-async-let
  Exercise.notYetImplemented(
    "4.1",
    see: "Lessons/04-async-await.md#exercise-41-a-dashboard-in-one-round-trip"
  )
  return Dashboard(profile: "", orders: "", wishlist: "")
}

// MARK: - Exercise 4.2

/// Exercise 4.2: charge `card` with the callback API `pay`, and return the
/// receipt it calls back with, or throw the error it calls back with.
public func charge(
  _ card: String,
  using pay: (String, @escaping PaymentCompletion) -> Void
) async throws -> String {
  // TODO: replace this body. A continuation turns a callback into an
  // await: Lessons/04-async-await.md#a-callback-api-awaited
  Exercise.notYetImplemented(
    "4.2",
    see: "Lessons/04-async-await.md#exercise-42-a-callback-api-made-async"
  )
  return ""
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
  // TODO: replace this body. A task group that keeps `limit` children
  // running: Lessons/04-async-await.md#100-endpoints
  Exercise.notYetImplemented(
    "4.3",
    see: "Lessons/04-async-await.md#exercise-43-a-concurrent-map-with-a-limit"
  )
  return []
}

// MARK: - Exercise 4.4

/// Exercise 4.4: a cache of response bodies, shared by many tasks. Each
/// cache keeps its own requests and bodies.
public actor ResponseCache {
  private let api: RemoteAPI
  private let executor: any TaskExecutor

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
    // TODO: replace this body. Keep the tasks, not just the bodies, and
    // mind reentrancy: Lessons/04-async-await.md#shared-state-in-an-actor
    Exercise.notYetImplemented(
      "4.4",
      see: "Lessons/04-async-await.md#exercise-44-a-cache-that-fetches-once"
    )
    return ""
  }
}

// MARK: - Exercise 4.5

/// Exercise 4.5: download `url` with `service`, and return its body, or
/// throw its error. If the task is cancelled, before the call or during it,
/// cancel the download and throw `CancellationError`.
public func downloadBody(_ url: String, using service: DownloadService)
  async throws -> String
{
  // TODO: replace this body. Start from the lesson's cancellable bridge,
  // and close its two gaps:
  // Lessons/04-async-await.md#a-continuation-does-not-hear-cancellation
  Exercise.notYetImplemented(
    "4.5",
    see: "Lessons/04-async-await.md#exercise-45-a-download-you-can-cancel"
  )
  return ""
}
