import Synchronization

/// Rendered Markdown from the previous build of a session. A body is reused when its
/// text, place and options are the same and no output place of any source changed
/// (a renamed slug changes where links lead, so then everything is rendered again).
final class MarkdownCache: Sendable {
    struct Key: Hashable, Sendable {
        var source: String
        var markdown: String
        var lineOffset: Int
        var directory: String
        var unsafeHTML: Bool
        /// Whether the body's summary is made (`CaseBody.summary`).
        var summary: Bool
    }
    struct Entry: Sendable {
        var body: CaseBody
        var diagnostics: [Diagnostic]
    }

    private let state = Mutex<(outputs: [String: String], entries: [String: (Key, Entry)])>(([:], [:]))

    /// Starts a build whose sources have the output places `outputs`; when any differs
    /// from the last build's, the cache is emptied. (Comparing the dictionaries is a
    /// lookup per source; hashing them in order meant sorting 10,000 paths every rebuild.)
    func begin(outputs: [String: String]) {
        state.withLock { if $0.outputs != outputs { $0 = (outputs, [:]) } }
    }

    /// The entries as they are, to look up without the lock while a stage reads many
    /// (a copy on write: the first store while it is alive copies the entries once).
    struct Snapshot: Sendable {
        fileprivate let entries: [String: (Key, Entry)]

        func lookup(_ key: Key) -> Entry? { MarkdownCache.lookup(key, in: entries) }
    }

    func snapshot() -> Snapshot { Snapshot(entries: state.withLock { $0.entries }) }

    /// Looked up under the lock, not in a snapshot of its own: a snapshot taken for each
    /// lookup made a store on another thread, while it was alive, copy every entry (copy
    /// on write). Rendering the bodies of 50,000 cases, a lookup and a store per body on
    /// each thread, spent 4 s of its 15 s of CPU copying the dictionary.
    func lookup(_ key: Key) -> Entry? { state.withLock { Self.lookup(key, in: $0.entries) } }

    /// Compared in place: copying the stored key out first was most of a lookup.
    private static func lookup(_ key: Key, in entries: [String: (Key, Entry)]) -> Entry? {
        guard let index = entries.index(forKey: key.source), entries.values[index].0 == key else { return nil }
        return entries.values[index].1
    }

    func store(_ key: Key, _ entry: Entry) {
        state.withLock { $0.entries[key.source] = (key, entry) }
    }

    var isEmpty: Bool { state.withLock { $0.entries.isEmpty } }

    /// Forgets every entry (their keys hold each body's Markdown).
    func removeAll() {
        state.withLock { $0 = ([:], [:]) }
    }
}
