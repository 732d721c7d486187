import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP connection to 127.0.0.1, for talking HTTP and WebSocket to
/// `exhibit serve` without a client library.
final class LoopbackConnection {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private let descriptor: Int32
    private var pending: [UInt8] = []

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
        }
        // A server that stops reading must not hang a test in `send`.
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed: \(String(cString: strerror(errno)))") }
            offset += sent
        }
    }

    /// Exactly `count` bytes, waiting until `deadline`.
    func read(_ count: Int, by deadline: Date) throws -> [UInt8] {
        while pending.count < count { try fill(by: deadline) }
        defer { pending.removeFirst(count) }
        return Array(pending.prefix(count))
    }

    /// Everything up to and including `delimiter`.
    func read(upTo delimiter: [UInt8], by deadline: Date) throws -> [UInt8] {
        while true {
            if let end = Self.find(delimiter, in: pending) { return try read(end + delimiter.count, by: deadline) }
            try fill(by: deadline)
        }
    }

    /// Whether the server closes the connection before `deadline` (what it still sends
    /// is read and dropped).
    func closes(by deadline: Date) -> Bool {
        pending.removeAll()
        while true {
            do { try fill(by: deadline) } catch let failure as Failure {
                return failure.description != "timed out"
            } catch { return true }
            pending.removeAll()
        }
    }

    private func fill(by deadline: Date) throws {
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0 else { throw Failure(description: "timed out") }
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(max(1, remaining * 1000))) > 0 else { throw Failure(description: "timed out") }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let got = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard got > 0 else { throw Failure(description: got == 0 ? "connection closed" : "connection reset") }
        pending.append(contentsOf: chunk.prefix(got))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// One HTTP response from `httpGet`.
struct HTTPResult {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// GET `path` (already percent-encoded) from 127.0.0.1:`port`.
func httpGet(port: UInt16, _ path: String, timeout: TimeInterval = 10) throws -> HTTPResult {
    try httpExchange(port: port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", timeout: timeout)
}

/// Sends `request` exactly as given and reads the response. A server may answer and
/// close before it has read all of a large request, so a failed send still reads.
func httpExchange(port: UInt16, _ request: String, timeout: TimeInterval = 10) throws -> HTTPResult {
    try httpExchange(on: try LoopbackConnection(port: port), request, by: Date().addingTimeInterval(timeout))
}

func httpExchange(on connection: LoopbackConnection, _ request: String, by deadline: Date) throws -> HTTPResult {
    do { try connection.send(request) } catch {}
    let head = String(decoding: try connection.read(upTo: Array("\r\n\r\n".utf8), by: deadline), as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    let statusLine = lines.removeFirst().split(separator: " ")
    var headers: [String: String] = [:]
    for line in lines {
        guard let colon = line.firstIndex(of: ":") else { continue }
        headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let length = Int(headers["content-length"] ?? "0") ?? 0
    let body = try connection.read(length, by: deadline)
    return HTTPResult(status: statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0, headers: headers, body: Data(body))
}

/// A WebSocket client that only listens: text messages from the server.
final class WebSocketListener {
    let connection: LoopbackConnection

    init(port: UInt16, path: String, timeout: TimeInterval = 10) throws {
        connection = try LoopbackConnection(port: port)
        let key = Data((0..<16).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        try connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: 13\r\n\r\n")
        let head = String(decoding: try connection.read(upTo: Array("\r\n\r\n".utf8), by: Date().addingTimeInterval(timeout)),
                          as: UTF8.self)
        guard head.hasPrefix("HTTP/1.1 101") else { throw LoopbackConnection.Failure(description: "no WebSocket upgrade: \(head)") }
    }

    /// The next text message, or nil when none comes within `timeout`.
    func next(within timeout: TimeInterval) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var message: [UInt8] = []
        while true {
            let header: [UInt8]
            do { header = try connection.read(2, by: deadline) } catch let failure as LoopbackConnection.Failure
                where failure.description == "timed out" && message.isEmpty { return nil }
            var length = Int(header[1] & 0x7F)
            if length == 126 { length = try connection.read(2, by: deadline).reduce(0) { $0 << 8 | Int($1) } }
            if length == 127 { length = try connection.read(8, by: deadline).reduce(0) { $0 << 8 | Int($1) } }
            let payload = try connection.read(length, by: deadline)
            let opcode = header[0] & 0x0F
            if opcode == 0x8 { throw LoopbackConnection.Failure(description: "closed by the server") }
            guard opcode == 0x1 || opcode == 0x0 else { continue }  // pings and pongs
            message += payload
            if header[0] & 0x80 != 0 { return String(decoding: message, as: UTF8.self) }
        }
    }
}
