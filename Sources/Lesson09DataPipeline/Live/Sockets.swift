import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// A socket call that failed, and errno's message.
struct SocketError: Error, CustomStringConvertible {
  let description: String

  init(_ call: String) {
    description = "\(call) failed: \(String(cString: strerror(errno)))"
  }
}

// A non-blocking TCP socket listening on 127.0.0.1:`port` (0: any free
// port). Only this machine can connect.
func loopbackListener(port: UInt16) throws -> Int32 {
  #if canImport(Glibc)
    let stream = Int32(SOCK_STREAM.rawValue)
  #else
    let stream = SOCK_STREAM
  #endif
  let socket = socket(AF_INET, stream, 0)
  guard socket >= 0 else { throw SocketError("socket") }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = port.bigEndian
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let bound = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  guard bound == 0, listen(socket, 64) == 0 else {
    close(socket)
    throw SocketError("bind or listen")
  }
  makeNonBlocking(socket)
  return socket
}

// The port a socket is bound to.
func boundPort(_ socket: Int32) throws -> UInt16 {
  var address = sockaddr_in()
  var length = socklen_t(MemoryLayout<sockaddr_in>.size)
  let result = withUnsafeMutablePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      getsockname(socket, $0, &length)
    }
  }
  guard result == 0 else { throw SocketError("getsockname") }
  return UInt16(bigEndian: address.sin_port)
}

// Calls on the socket return at once (EAGAIN) instead of waiting.
func makeNonBlocking(_ socket: Int32) {
  _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
  #if canImport(Darwin)
    var on: Int32 = 1
    setsockopt(
      socket, SOL_SOCKET, SO_NOSIGPIPE, &on,
      socklen_t(MemoryLayout<Int32>.size))
  #endif
}
