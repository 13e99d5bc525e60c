import CourseKit
import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// A small market-data server for the live mode: `GET /quote/AAPL?round=3`
// answers the made-up market's price, after a delay and sometimes with a
// 503, as `faults` decides.
//
// One thread serves every connection with a readiness loop, the idea of
// chapter 1's event loop: `poll()` sleeps until a socket is ready (a new
// connection, a request to read, room to write an answer) or until the
// next delayed answer is due, the way the loop sleeps until its next
// timer. The sockets are non-blocking, so no call waits on one client.
final class MarketServer: Sendable {
  // What the server has done; `open` is how many connections it holds.
  struct Stats: Sendable, Equatable {
    var requests = 0
    var failed = 0
    var connections = 0
    var open = 0
  }

  let port: UInt16
  private let listener: Int32
  private let wakeUp: (read: Int32, write: Int32)
  private let faults: Faults
  private let counts = Mutex(Stats())
  private let attempts = Mutex<[String: Int]>([:])
  private let finished = DispatchSemaphore(value: 0)

  var stats: Stats { counts.withLock { $0 } }

  // Listens on 127.0.0.1 (this machine only) at a port the system picks,
  // and starts serving on a thread of its own.
  init(faults: Faults) throws {
    listener = try loopbackListener(port: 0)
    port = try boundPort(listener)
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw SocketError("pipe") }
    wakeUp = (ends[0], ends[1])
    self.faults = faults
    let thread = Thread { [self] in serve() }
    thread.name = "market server"
    thread.start()
  }

  // Stops serving, and returns once the thread has closed every socket.
  func stop() {
    var byte: UInt8 = 1
    _ = write(wakeUp.write, &byte, 1)
    finished.wait()
    close(wakeUp.write)
  }

  private func serve() {
    var clients: [Int32: Client] = [:]
    let clock = ContinuousClock()
    while true {
      // Wait for the listener, the stop pipe and every client to be ready,
      // or for the next delayed answer to be due.
      var watched = [
        pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeUp.read, events: Int16(POLLIN), revents: 0),
      ]
      for (socket, client) in clients {
        watched.append(
          pollfd(fd: socket, events: client.events, revents: 0))
      }
      let due = clients.values.compactMap(\.answerAt).min()
      let timeout = due.map { milliseconds(until: $0, clock: clock) } ?? -1
      _ = poll(&watched, nfds_t(watched.count), timeout)
      if watched[1].revents != 0 { break }

      // Answers whose delay is over become ready to write.
      let now = clock.now
      for (socket, client) in clients {
        if let at = client.answerAt, at <= now {
          clients[socket]?.release()
        }
      }
      if watched[0].revents & Int16(POLLIN) != 0 {
        acceptAll(into: &clients)
      }
      for entry in watched.dropFirst(2) where entry.revents != 0 {
        guard var client = clients[entry.fd] else { continue }
        let open = client.handle(
          entry.revents, socket: entry.fd, now: now, decide: decide)
        clients[entry.fd] = open ? client : nil
        if !open {
          close(entry.fd)
          counts.withLock { $0.open -= 1 }
        }
      }
    }
    for socket in clients.keys { close(socket) }
    counts.withLock { $0.open -= clients.count }
    close(listener)
    close(wakeUp.read)
    finished.signal()
  }

  private func acceptAll(into clients: inout [Int32: Client]) {
    while true {
      let socket = accept(listener, nil, nil)
      guard socket >= 0 else { return }  // EAGAIN: no one else waiting
      makeNonBlocking(socket)
      clients[socket] = Client()
      counts.withLock {
        $0.connections += 1
        $0.open += 1
      }
    }
  }

  // What to answer to `path`, and after how long.
  private func decide(_ path: String) -> (Duration, Answer) {
    guard let (symbol, round) = parseQuotePath(path) else {
      return (.zero, .notFound)
    }
    let attempt = attempts.withLock { attempts in
      attempts[path, default: 0] += 1
      return attempts[path, default: 1]
    }
    counts.withLock { $0.requests += 1 }
    let fault = faults.decide(symbol, round, attempt)
    if fault.fails { counts.withLock { $0.failed += 1 } }
    if fault.fails { return (fault.delay, .unavailable) }
    return (fault.delay, .price(Market.price(of: symbol, round: round)))
  }
}

// How long to tell poll() to wait, in whole milliseconds, rounded up, so
// that it does not wake a moment early and spin.
private func milliseconds(
  until instant: ContinuousClock.Instant,
  clock: ContinuousClock
) -> Int32 {
  let left = clock.now.duration(to: instant)
  if left <= .zero { return 0 }
  return Int32((left / .milliseconds(1)).rounded(.up))
}

// "AAPL", 3 for "/quote/AAPL?round=3".
func parseQuotePath(_ path: String) -> (String, Int)? {
  let parts = path.split(separator: "?", maxSplits: 1)
  guard parts.count == 2, parts[0].hasPrefix("/quote/"),
    parts[1].hasPrefix("round="),
    let round = Int(parts[1].dropFirst("round=".count))
  else { return nil }
  let symbol = String(parts[0].dropFirst("/quote/".count))
  return openingPrices[symbol] == nil ? nil : (symbol, round)
}
