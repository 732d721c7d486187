import FlyingFox
import Foundation
import Synchronization

/// The open pages' WebSockets: sends each of them every message, and a page that
/// connects while the site has errors gets those errors at once.
public final class LiveReloadHub: WSMessageHandler, Sendable {
    private struct State {
        var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
        var errors: LiveMessage?
    }
    private let state = Mutex(State())

    public init() {}

    public func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        let errors = state.withLock { state in
            state.clients[id] = continuation
            return state.errors
        }
        if let errors { continuation.yield(.text(errors.json)) }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        // The page closing its socket ends `client`: end ours too.
        Task { [weak self] in
            for await _ in client {}
            continuation.finish()
            self?.remove(id)
        }
        return stream
    }

    /// Sends `message` to every open page; an `.error` is also kept for pages that
    /// connect later, a `.reload` clears it.
    public func broadcast(_ message: LiveMessage) {
        let text = message.json
        let clients = state.withLock { state in
            if case .error = message { state.errors = message } else { state.errors = nil }
            return Array(state.clients.values)
        }
        for client in clients { client.yield(.text(text)) }
    }

    /// How many pages are connected.
    public var connections: Int { state.withLock { $0.clients.count } }

    private func remove(_ id: UUID) {
        _ = state.withLock { $0.clients.removeValue(forKey: id) }
    }
}
