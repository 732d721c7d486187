#if canImport(Glibc)
import Foundation
import Glibc
import Synchronization

/// Watches folders and everything under them with inotify, on a thread of its own, and
/// calls back once per burst of changes: after `quiet` without a new event (or
/// `maxDelay` after the first, when the changes never stop).
///
/// Editors' swap and backup files (`.a.md.swp`, `a.md~`, `.#a.md`, vim's `4913`) are
/// ignored. Folders created later are watched as they appear; a folder to watch that
/// does not exist yet (a site without `templates/`) is picked up when it is created.
public final class FileWatcher: Sendable {
    public let roots: [String]
    public let quiet: Duration
    public let maxDelay: Duration
    private let onChange: @Sendable ([String]) -> Void
    private let descriptor: Int32
    private let watches: Mutex<WatchTable>
    private let state = Mutex<RunState>(.idle)

    private enum RunState { case idle, running, stopping, stopped }

    static let folderMask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)
        | UInt32(IN_ONLYDIR)
    static let parentMask = UInt32(IN_CREATE | IN_MOVED_TO) | UInt32(IN_ONLYDIR)

    public struct SetupError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts watching `roots` at once (events from now on are seen); `start()` begins
    /// delivering them.
    public init(roots: [URL], quiet: Duration = .milliseconds(10), maxDelay: Duration = .milliseconds(500),
                onChange: @escaping @Sendable ([String]) -> Void) throws {
        self.roots = roots.map { $0.standardizedFileURL.path }
        self.quiet = quiet
        self.maxDelay = maxDelay
        self.onChange = onChange
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw SetupError(description: "cannot watch files: inotify_init1 failed: \(String(cString: strerror(errno)))")
        }
        var table = WatchTable(descriptor: descriptor)
        for root in self.roots { table.watchRoot(root) }
        watches = Mutex(table)
    }

    deinit {
        if state.withLock({ $0 }) != .stopped { close(descriptor) }
    }

    /// The folders watched now (for tests).
    public var watchedFolders: [String] { watches.withLock { $0.folders.values.sorted() } }

    /// Begins delivering changes on a background thread.
    public func start() {
        let begin = state.withLock { state -> Bool in
            guard state == .idle else { return false }
            state = .running
            return true
        }
        guard begin else { return }
        let thread = Thread { [self] in self.loop() }
        thread.name = "exhibit file watcher"
        thread.start()
    }

    /// Stops the thread (within about 100 ms); no callback starts after this returns.
    public func stop() {
        state.withLock { state in
            switch state {
            case .idle: state = .stopped; close(descriptor)
            case .running: state = .stopping
            case .stopping, .stopped: break
            }
        }
    }

    private var isRunning: Bool { state.withLock { $0 == .running } }

    private func loop() {
        let clock = ContinuousClock()
        var pending = Set<String>()
        var first = clock.now, last = clock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while isRunning {
            var timeout: Int32 = 100
            if !pending.isEmpty {
                let due = min(last + quiet, first + maxDelay)
                timeout = Self.milliseconds(clock.now.duration(to: due))
            }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, timeout) > 0 {
                let changed = readEvents(into: &buffer)
                if !changed.isEmpty {
                    if pending.isEmpty { first = clock.now }
                    last = clock.now
                    pending.formUnion(changed)
                }
            }
            if !pending.isEmpty, clock.now >= min(last + quiet, first + maxDelay), isRunning {
                let paths = pending.sorted()
                pending.removeAll()
                onChange(paths)
            }
        }
        state.withLock { state in
            state = .stopped
            close(descriptor)
        }
    }

    /// A poll timeout: whole milliseconds, rounded up, 0 to 1000.
    static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return Int32(max(0, min(ms.rounded(.up), 1000)))
    }

    /// Reads every event waiting; returns the paths that count as changes.
    private func readEvents(into buffer: inout [UInt8]) -> Set<String> {
        var changed = Set<String>()
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var events: [InotifyEvent] = []
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + 16 <= count {
                    let event = InotifyEvent(raw: raw, at: offset)
                    events.append(event)
                    offset += 16 + Int(event.nameLength)
                }
            }
            watches.withLock { table in
                for event in events { changed.formUnion(table.handle(event)) }
            }
        }
        return changed
    }
}
#endif
