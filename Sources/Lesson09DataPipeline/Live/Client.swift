import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// What the server answers.
enum Answer {
  case price(Double)
  case unavailable
  case notFound

  var bytes: [UInt8] {
    let (status, body) =
      switch self {
      case .price(let price): ("200 OK", dollars(price))
      case .unavailable: ("503 Service Unavailable", "try again")
      case .notFound: ("404 Not Found", "no such quote")
      }
    let head =
      "HTTP/1.1 \(status)\r\nContent-Type: text/plain\r\n"
      + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n"
    return Array((head + body).utf8)
  }
}

// One connection, from the request's first byte to the answer's last:
// read the request, wait out the answer's delay, write the answer, close.
struct Client {
  private var request: [UInt8] = []
  private var answer: [UInt8] = []
  private var pending: [UInt8]?
  private(set) var answerAt: ContinuousClock.Instant?

  // What poll() should wait for on this socket: a request to read, or
  // room to write the answer; nothing while the answer waits for its
  // delay (a closed socket is reported anyway).
  var events: Int16 {
    if !answer.isEmpty { return Int16(POLLOUT) }
    if answerAt != nil { return 0 }
    return Int16(POLLIN)
  }

  // The delay is over: the answer can go.
  mutating func release() {
    answer = pending ?? []
    pending = nil
    answerAt = nil
  }

  // Handles what poll() reported; returns false once the connection is
  // done with (answered, closed by the client, or broken).
  mutating func handle(
    _ revents: Int16,
    socket: Int32,
    now: ContinuousClock.Instant,
    decide: (String) -> (Duration, Answer)
  ) -> Bool {
    if revents & Int16(POLLIN) != 0 {
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = read(socket, &buffer, buffer.count)
      if count <= 0 { return false }  // closed by the client (or broken)
      request += buffer[..<count]
      if let path = requestedPath() {
        let (delay, answer) = decide(path)
        pending = answer.bytes
        answerAt = now.advanced(by: delay)
        if delay == .zero { release() }
      }
    }
    if revents & Int16(POLLOUT) != 0, !answer.isEmpty {
      let count = answer.withUnsafeBytes { bytes in
        send(socket, bytes.baseAddress, bytes.count, noSignal)
      }
      if count < 0 { return false }
      answer.removeFirst(count)
      if answer.isEmpty { return false }  // answered: close
    }
    if revents & Int16(POLLERR | POLLHUP) != 0 { return false }
    return true
  }

  // The path of a complete request's first line, `GET /quote/… HTTP/1.1`.
  private func requestedPath() -> String? {
    let text = String(decoding: request, as: UTF8.self)
    guard text.contains("\r\n\r\n") else { return nil }
    let words = text.prefix { $0 != "\r" }.split(separator: " ")
    return words.count >= 2 ? String(words[1]) : "?"
  }
}

// Writing to a socket the client has closed raises SIGPIPE, which ends the
// program, unless the call says not to (Linux) or the socket does (Darwin).
#if canImport(Glibc)
  let noSignal = Int32(MSG_NOSIGNAL)
#else
  let noSignal: Int32 = 0
#endif
