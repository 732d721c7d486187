import Synchronization

/// Related cases of the previous build of a session, reused while the order of the cases
/// and their tags and categories are unchanged: an edit of a case's text or figures, the
/// common case in `serve`, then costs no recomputation (seconds at 10,000 cases).
final class RelatedCache: Sendable {
    private let entry = Mutex<(key: Int, related: [[Int]])?>(nil)

    func related(_ cases: [Case], compute: () -> [[Int]]) -> [[Int]] {
        var hasher = Hasher()
        hasher.combine(cases.count)
        for c in cases {
            hasher.combine(c.slug)
            hasher.combine(c.category)
            hasher.combine(c.tags)
        }
        let key = hasher.finalize()
        if let hit = entry.withLock({ $0 }), hit.key == key { return hit.related }
        let related = compute()
        entry.withLock { $0 = (key, related) }
        return related
    }
}
