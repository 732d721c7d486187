import ExhibitCore
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `exhibit serve`: builds the site in memory, serves it on 127.0.0.1, rebuilds when
/// `content/` or `templates/` change and tells open pages to reload (or shows them the
/// errors over the last good version).
public final class PreviewServer: Sendable {
    public let session: SiteSession
    public let hub = LiveReloadHub()
    public let port: UInt16
    /// Quiet time that closes a burst of file events into one rebuild.
    public let quiet: Duration
    /// What a request may send before it is refused.
    public let limits: RequestLimits
    private let console: ServeConsole

    /// The port asked for is taken by another program.
    public struct PortInUse: Error, CustomStringConvertible {
        public var port: UInt16
        public var description: String {
            "port \(port) is in use: try --port \(port == UInt16.max ? port - 1 : port + 1)"
        }
    }

    /// Open while the first build runs: its progress is shown, the rebuilds' is not.
    private final class FirstBuild: Sendable {
        let running = Atomic<Bool>(true)
    }
    private let firstBuild = FirstBuild()

    public init(options: BuildOptions, port: UInt16, quiet: Duration = .milliseconds(10),
                limits: RequestLimits = .standard, console: ServeConsole) {
        var options = options
        if let progress = console.progress {
            options.progress = { [firstBuild] step in
                if firstBuild.running.load(ordering: .relaxed) { progress(step) }
            }
        }
        session = SiteSession(options: options)
        self.port = port
        self.quiet = quiet
        self.limits = limits
        self.console = console
    }

    /// Builds, then serves until the task is cancelled. Throws `PortInUse` when the port is taken.
    public func run() async throws {
        // First, for the first build's reads as much as for the connections.
        let files = DescriptorLimit.raise()
        if port != 0, !Self.canListen(on: port) { throw PortInUse(port: port) }
        let first = session.update()
        firstBuild.running.store(false, ordering: .relaxed)
        console.progressDone()
        console.report(first, changed: nil)
        let site = session.options.folder
        let folders = [site.content, site.templates]
        let watcher = try FileWatcher(roots: folders, quiet: quiet) { [self] changed in rebuild(changed) }
        if !first.succeeded { hub.broadcast(.error(Self.shown(first.diagnostics))) }

        var routes = RoutedHTTPHandler()
        routes.appendRoute(HTTPRoute(LiveReloadScript.socketPath), to: .webSocket(hub))
        routes.appendRoute("*", to: SiteRequestHandler(files: session))
        // FlyingFox listens where only the front door reaches it: a socket in a folder
        // only this user may enter.
        let folder = try Self.privateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let backend = sockaddr_un.unix(path: folder + "/http.sock")
        let door: FrontDoor
        do { door = try FrontDoor(port: port, backend: backend, limits: limits,
                                  maxConnections: DescriptorLimit.connections(forFiles: files)) } catch let error as SocketError {
            if case .failed(type: _, errno: EADDRINUSE, message: _) = error { throw PortInUse(port: port) }
            throw error
        }
        let server = HTTPServer(config: .init(address: backend, timeout: 60, logger: .disabled), handler: routes)
        defer { watcher.stop() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { [self] in
                try await server.waitUntilListening(timeout: 30)
                watcher.start()
                console.say("Serving \(siteTitle()) at http://127.0.0.1:\(door.port)/ (Ctrl-C to stop)")
                try await door.run()
            }
            defer { group.cancelAll() }
            try await group.next()  // either ending (cancelled, or failing) ends both
        }
    }

    /// A new folder, readable only by this user, for FlyingFox's socket.
    static func privateFolder() throws -> String {
        var template = Array((NSTemporaryDirectory() + "exhibit-serve-XXXXXX").utf8CString)
        guard template.count < 90, let made = mkdtemp(&template) else {
            var fallback = Array("/tmp/exhibit-serve-XXXXXX".utf8CString)
            guard let made = mkdtemp(&fallback) else { throw CocoaError(.fileWriteUnknown) }
            return String(cString: made)
        }
        return String(cString: made)
    }

    /// One rebuild after `changed` (absolute paths) changed on disk.
    func rebuild(_ changed: [String]) {
        let report = session.update(changed: changed)
        // The terminal first: an editor who sees the page change can count on the
        // terminal already saying why.
        console.report(report, changed: changed.map(session.options.folder.relative))
        hub.broadcast(report.succeeded ? .reload : .error(Self.shown(report.diagnostics)))
    }

    /// Whether 127.0.0.1:`port` is free, checked before the first build so that a taken
    /// port is reported at once (the server's own bind catches a port taken meanwhile).
    static func canListen(on port: UInt16) -> Bool {
        #if canImport(Glibc)
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard probe >= 0 else { return true }
        defer { close(probe) }
        var yes: Int32 = 1
        setsockopt(probe, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard var address = try? sockaddr_in.inet(ip4: "127.0.0.1", port: port) else { return true }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0 || errno != EADDRINUSE
        #else
        return true
        #endif
    }

    /// The diagnostics a page shows: the errors, or everything when a build failed on
    /// warnings alone.
    static func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let errors = diagnostics.filter { $0.severity == .error }
        return errors.isEmpty ? diagnostics : errors
    }

    /// The site's name, from the home page (`og:site_name`, else `<title>`).
    func siteTitle() -> String {
        guard let home = session.file(at: "index.html") else { return "the site" }
        let html = String(decoding: home.prefix(64 * 1024), as: UTF8.self)
        for (start, end) in [("<meta property=\"og:site_name\" content=\"", "\""), ("<title>", "</title>")] {
            if let from = html.range(of: start), let to = html[from.upperBound...].range(of: end) {
                let title = html[from.upperBound..<to.lowerBound]
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&")
                if !title.isEmpty { return title }
            }
        }
        return "the site"
    }
}
