import FlyingSocks
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One browser connection through the front door: its request heads are read and
/// checked here and passed on, rebuilt, to FlyingFox on its own connection to the
/// private socket; FlyingFox's answers are copied back as they come. After a live-reload
/// handshake the connection carries WebSocket frames, which are copied both ways as they are.
final class ProxiedConnection: Sendable {
    let client: AsyncSocket
    let port: UInt16
    let backendAddress: sockaddr_un
    let limits: RequestLimits
    let pool: any AsyncSocketPool
    /// Set once `relay` has ended: from then on the end of FlyingFox's answers leaves
    /// the browser's connection open, for a refusal to be written to it.
    private let closing = Atomic<Bool>(false)

    init(client: AsyncSocket, port: UInt16, backend: sockaddr_un, limits: RequestLimits, pool: any AsyncSocketPool) {
        self.client = client
        self.port = port
        self.backendAddress = backend
        self.limits = limits
        self.pool = pool
    }

    private struct TimedOut: Error {}

    func run() async {
        var backend: AsyncSocket?
        var refusal: Refusal?
        await withTaskGroup(of: Void.self) { copies in
            refusal = await relay(&backend, copies: &copies)
            closing.store(true, ordering: .releasing)
            // FlyingFox answers what it was sent, then sees the end and closes.
            if let backend { Self.shutdown(backend.socket, Int32(SHUT_WR)) }
            await copies.waitForAll()
        }
        try? backend?.close()
        if let refusal {
            try? await client.write(refusal.response)
            await lingeringClose()
        }
        try? client.close()
    }

    /// Reads requests and passes them on until the connection ends; the refusal to send
    /// when it ends because of a bad request.
    private func relay(_ backend: inout AsyncSocket?, copies: inout TaskGroup<Void>) async -> Refusal? {
        var buffer: [UInt8] = []
        do {
            while true {
                let deadline = ContinuousClock.now + limits.headTimeout
                var scan = RequestHead.scan(buffer, limits: limits)
                var scanned = buffer.count
                while scan == .incomplete {
                    let bytes: [UInt8]
                    do { bytes = try await read(by: deadline) } catch is TimedOut {
                        return buffer.isEmpty ? nil : .timedOut
                    }
                    buffer += bytes
                    // Scanning again only once a line may have ended, or another KB came
                    // (for the limits), keeps a client sending a byte at a time from
                    // making the scans quadratic.
                    if bytes.contains(UInt8(ascii: "\n")) || buffer.count - scanned >= 1024 {
                        scan = RequestHead.scan(buffer, limits: limits)
                        scanned = buffer.count
                    }
                }
                guard case .complete(let head, let length) = scan else {
                    if case .refused(let refusal) = scan { return refusal }
                    return nil
                }
                let request: ForwardedRequest
                do { request = try ForwardedRequest(head, port: port, limits: limits) } catch { return error }
                while buffer.count < length + request.bodyLength {
                    do { buffer += try await read(by: deadline) } catch is TimedOut { return .timedOut }
                }
                let connected: AsyncSocket
                if let backend { connected = backend } else {
                    guard let opened = try? await AsyncSocket.connected(to: backendAddress, pool: pool) else {
                        return .unavailable
                    }
                    connected = opened
                    backend = opened
                    copies.addTask { [self] in
                        await Self.copy(from: opened, to: client)
                        // FlyingFox closed the connection (after `Connection: close`, a bad
                        // request or the end of a WebSocket): end the browser's, waking
                        // the read in `relay`.
                        if !closing.load(ordering: .acquiring) { Self.shutdown(client.socket, Int32(SHUT_RDWR)) }
                    }
                }
                try await connected.write(request.head + Data(buffer[length..<(length + request.bodyLength)]))
                buffer.removeFirst(length + request.bodyLength)
                if request.upgrades {
                    if !buffer.isEmpty { try await connected.write(Data(buffer)) }
                    await Self.copy(from: client, to: connected)
                    return nil
                }
            }
        } catch {
            return nil  // the browser or FlyingFox went away
        }
    }

    /// What the browser sends next, before `deadline`.
    private func read(by deadline: ContinuousClock.Instant) async throws -> [UInt8] {
        try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask { [client] in try await client.read(atMost: 16 * 1024) }
            group.addTask {
                try await Task.sleep(until: deadline)
                return nil
            }
            defer { group.cancelAll() }
            guard let bytes = try await group.next() ?? nil else { throw TimedOut() }
            return bytes
        }
    }

    /// After a refusal, the browser may still be sending the rest of its request:
    /// closing with that unread would reset the connection and could lose the answer,
    /// so read and drop it for up to two seconds first (as web servers' "lingering close").
    private func lingeringClose() async {
        Self.shutdown(client.socket, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .seconds(2)
        while (try? await read(by: deadline)) != nil {}
    }

    /// Copies bytes from `source` to `destination` until either ends.
    private static func copy(from source: AsyncSocket, to destination: AsyncSocket) async {
        while let bytes = try? await source.read(atMost: 64 * 1024) {
            do { try await destination.write(Data(bytes)) } catch { return }
        }
    }

    /// Ends one or both directions of `socket` without closing it: a read or write
    /// waiting on it returns (closing it would leave the waiting task suspended).
    private static func shutdown(_ socket: Socket, _ how: Int32) {
        #if canImport(Glibc)
        _ = Glibc.shutdown(socket.file.rawValue, how)
        #else
        _ = Darwin.shutdown(socket.file.rawValue, how)
        #endif
    }
}
