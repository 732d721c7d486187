import Foundation

/// A request the front door lets through, rebuilt for FlyingFox from what was checked:
/// the request line and only the header fields the handlers use, each short. FlyingFox
/// therefore never parses a long or odd header line, and only ever sees `Upgrade` on a
/// live-reload handshake that will succeed, the one case in which the front door stops
/// reading the connection as HTTP.
struct ForwardedRequest: Equatable, Sendable {
    /// The head to send to FlyingFox.
    var head: Data
    /// How many body bytes follow the head (at most `RequestLimits.body`).
    var bodyLength: Int
    /// Whether this is a live-reload WebSocket handshake: after it the connection
    /// carries WebSocket frames, not requests.
    var upgrades: Bool

    /// Checks `request`, received on 127.0.0.1:`port`, and rebuilds it, or says why not.
    init(_ request: RequestHead, port: UInt16, limits: RequestLimits) throws(Refusal) {
        let hosts = request.values("host")
        guard hosts.count <= 1 else { throw .badRequest("the request has more than one Host header") }
        // A missing Host is allowed: HTTP/1.0 tools send none, and browsers always do.
        if let host = hosts.first, !LoopbackNames.isLoopbackHost(host) { throw .otherHost }

        guard request.values("transfer-encoding").isEmpty else { throw .bodyTooLarge(limits) }
        let lengths = Set(request.values("content-length"))
        guard lengths.count <= 1 else { throw .badRequest("the request has different Content-Length headers") }
        var bodyLength = 0
        if let length = lengths.first {
            guard !length.isEmpty, length.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                throw .badRequest("the Content-Length is not a number")
            }
            guard length.count <= 9, let value = Int(length), value <= limits.body else { throw .bodyTooLarge(limits) }
            bodyLength = value
        }

        var lines = ["\(request.method) \(request.target) \(request.version)"]
        if let host = hosts.first { lines.append("Host: \(host)") }
        let connection = request.values("connection").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        upgrades = try Self.isLiveReloadHandshake(request, connection: connection, port: port)
        if upgrades {
            lines += ["Connection: Upgrade", "Upgrade: websocket",
                      "Sec-WebSocket-Key: \(request.values("sec-websocket-key")[0])", "Sec-WebSocket-Version: 13"]
        } else if connection.contains("close") {
            lines.append("Connection: close")
        } else if connection.contains("keep-alive") {
            lines.append("Connection: keep-alive")
        }
        if bodyLength > 0 { lines.append("Content-Length: \(bodyLength)") }
        head = Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        self.bodyLength = bodyLength
    }

    /// Whether `request` opens the live-reload WebSocket; throws when it tries to but is
    /// not a valid handshake from a page of this server. `Upgrade` to anything else, or
    /// on another path, is ignored (RFC 9110 §7.8 lets a server do so) and never passed on.
    private static func isLiveReloadHandshake(_ request: RequestHead, connection: [String], port: UInt16) throws(Refusal) -> Bool {
        let path = request.target.prefix { $0 != "?" }
        guard path == LiveReloadScript.socketPath,
              request.values("upgrade").contains(where: { $0.lowercased() == "websocket" }) else { return false }
        let origins = request.values("origin")
        // No Origin: not a browser (browsers always send one on a WebSocket handshake).
        guard origins.count <= 1, origins.allSatisfy({ LoopbackNames.isSameOrigin($0, port: port) }) else {
            throw .otherOrigin(port: port)
        }
        guard request.method == "GET" else { throw .badRequest("a WebSocket handshake is a GET") }
        guard request.values("host").count == 1 else { throw .badRequest("a WebSocket handshake needs a Host header") }
        guard connection.contains("upgrade") else { throw .badRequest("a WebSocket handshake needs `Connection: Upgrade`") }
        let keys = request.values("sec-websocket-key")
        guard keys.count == 1, Data(base64Encoded: keys[0])?.count == 16 else {
            throw .badRequest("a WebSocket handshake needs one Sec-WebSocket-Key of 16 bytes in base64")
        }
        guard request.values("sec-websocket-version") == ["13"] else {
            throw .badRequest("exhibit serve speaks WebSocket version 13")
        }
        return true
    }
}
