import FlyingFox
import FlyingSocks
import Foundation

/// What browsers connect to: `serve`'s socket on 127.0.0.1. FlyingFox 0.27.1 reads
/// header lines in quadratic time (`Sequence.suffix` over the whole line for every byte,
/// in `collectStrings`) and with no limit on their size or number, so a few requests
/// with long lines stop it answering; nor has it a setting to bound them. So FlyingFox
/// listens on a private Unix socket instead, and each connection here is read by a
/// `ProxiedConnection`, which checks every request head within `RequestLimits` and
/// passes on only a short rebuilt one.
final class FrontDoor: Sendable {
    let listener: Socket
    /// The port bound (the one asked for, or the one picked for port 0).
    let port: UInt16
    let backend: sockaddr_un
    let limits: RequestLimits
    /// Connections open at once; more wait in the listen queue.
    let maxConnections: Int

    /// Listens on 127.0.0.1:`port` at once, so that a port in use is known before anything else.
    init(port: UInt16, backend: sockaddr_un, limits: RequestLimits, maxConnections: Int) throws {
        let socket = try Socket(domain: AF_INET)
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try socket.listen()
            guard case .ip4(_, let bound) = try socket.sockname() else { throw SocketError.unsupportedAddress }
            self.port = bound
        } catch {
            try? socket.close()
            throw error
        }
        listener = socket
        self.backend = backend
        self.limits = limits
        self.maxConnections = maxConnections
    }

    /// Accepts connections until cancelled.
    func run() async throws {
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        let accepting = try AsyncSocket(socket: listener, pool: pool)
        defer { try? listener.close() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { [self] in try await accept(from: accepting, pool: pool) }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Accepts connections, `maxConnections` open at once, until cancelled.
    private func accept(from accepting: AsyncSocket, pool: any AsyncSocketPool) async throws {
        try await withThrowingTaskGroup(of: Void.self) { connections in
            var open = 0
            while true {
                try Task.checkCancellation()
                // At the cap, the next browser waits in the listen queue until a connection
                // ends (an idle one within `RequestLimits.headTimeout`). A connection's task
                // counts until reaped here, so at most `maxConnections` results are kept.
                if open >= maxConnections {
                    try await connections.next()
                    open -= 1
                }
                let client: AsyncSocket
                do {
                    client = try await accepting.accept()
                } catch let error as SocketError where Self.isTransient(error) {
                    // Out of descriptors, or a connection gone before it was accepted:
                    // serving goes on. The pause lets connections end (the listening
                    // socket stays readable meanwhile, so retrying at once would spin).
                    try await Task.sleep(for: .milliseconds(100))
                    continue
                }
                let connection = ProxiedConnection(client: client, port: port, backend: backend, limits: limits, pool: pool)
                connections.addTask { await connection.run() }
                open += 1
            }
        }
    }

    /// Accept errors that say nothing about the listening socket: descriptors or memory
    /// short for a while, or (as Linux reports them from `accept`) the new connection's own.
    static func isTransient(_ error: SocketError) -> Bool {
        guard case .failed(type: _, errno: let code, message: _) = error else { return false }
        return [EMFILE, ENFILE, ENOBUFS, ENOMEM, ECONNABORTED, EINTR, EPROTO, EPERM,
                ENETDOWN, ENOPROTOOPT, EHOSTDOWN, EHOSTUNREACH, EOPNOTSUPP, ENETUNREACH, ETIMEDOUT].contains(code)
    }
}
