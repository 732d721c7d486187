import Synchronization

/// Collects the diagnostics of one build from every stage and thread, so that all
/// problems are reported in one run rather than only the first.
public final class DiagnosticLog: Sendable {
    private let items = Mutex<[Diagnostic]>([])

    public init() {}

    public func add(_ diagnostic: Diagnostic) {
        items.withLock { $0.append(diagnostic) }
    }

    public func add(contentsOf diagnostics: some Sequence<Diagnostic>) {
        let list = Array(diagnostics)
        // Most callers have nothing to add: taking the lock anyway was contended when
        // 10,000 cached bodies were looked up on two threads.
        guard !list.isEmpty else { return }
        items.withLock { $0.append(contentsOf: list) }
    }

    /// All diagnostics, ordered by file, then position, then message: the same order
    /// on every run whatever the threads did.
    public var all: [Diagnostic] {
        let list = items.withLock { Array(Set($0)) }
        return list.sorted {
            ($0.path, $0.line, $0.column, $0.severity.rawValue, $0.message)
                < ($1.path, $1.line, $1.column, $1.severity.rawValue, $1.message)
        }
    }

    public var errorCount: Int { items.withLock { Set($0).filter { $0.severity == .error }.count } }
    public var warningCount: Int { items.withLock { Set($0).filter { $0.severity == .warning }.count } }
}
