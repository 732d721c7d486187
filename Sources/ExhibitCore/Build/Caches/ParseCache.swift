import Synchronization

/// Parsed cases and pages from the previous build of a session, reused when a file's
/// fingerprint and the site settings are unchanged: `exhibit serve` re-reads only the
/// files an editor saved.
final class ParseCache: Sendable {
    struct Entry: Sendable {
        var fingerprint: FileFingerprint
        var settings: Int
        var value: Parsed
        var diagnostics: [Diagnostic]
    }
    enum Parsed: Sendable {
        case caseStudy(Case?)
        case page(FreePage?)
    }

    private let entries = Mutex<[String: Entry]>([:])

    func lookup(_ path: String, fingerprint: FileFingerprint?, settings: Int) -> Entry? {
        guard let fingerprint else { return nil }
        return entries.withLock { $0[path] }.flatMap {
            $0.fingerprint == fingerprint && $0.settings == settings ? $0 : nil
        }
    }

    /// The entry of `path` without looking at the file: for files the watcher says did
    /// not change.
    func trusted(_ path: String, settings: Int) -> Entry? {
        entries.withLock { $0[path] }.flatMap { $0.settings == settings ? $0 : nil }
    }

    func store(_ path: String, _ entry: Entry) {
        entries.withLock { $0[path] = entry }
    }

    /// Forgets files that no longer exist.
    func keep(only paths: Set<String>) {
        entries.withLock { $0 = $0.filter { paths.contains($0.key) } }
    }
}
