/// The names under which a page may reach `serve`: only loopback ones, so that a web
/// page on another host cannot read the preview through DNS rebinding (its requests
/// carry its own host name), nor open the live-reload socket (its `Origin` is its own).
enum LoopbackNames {
    static let hosts: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// Whether a `Host` header value names a loopback host, with or without a port.
    static func isLoopbackHost(_ value: String) -> Bool {
        let value = value.lowercased()
        if hosts.contains(value) { return true }
        guard let colon = value.lastIndex(of: ":"), hosts.contains(String(value[..<colon])) else { return false }
        let port = value[value.index(after: colon)...]
        return (1...5).contains(port.count) && port.allSatisfy(\.isASCIIDigit) && Int(port)! <= 65535
    }

    /// Whether an `Origin` header value is a page served by this `serve` on `port`.
    static func isSameOrigin(_ value: String, port: UInt16) -> Bool {
        let value = value.lowercased()
        return hosts.contains { host in
            value == "http://\(host):\(port)" || (port == 80 && value == "http://\(host)")
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
