import ExhibitText
import Synchronization

/// Related cases of the previous build of a session, so that `serve` does not compute
/// them all again after an edit: at 10,000 cases that took 60 ms, most of a rebuild.
///
/// When the cases are in the same order and no case changed its tags or category, the
/// lists are reused as they are. When a few did, only the lists that can differ are
/// computed again: those of the changed cases and of every case sharing one of their old
/// or new tags. Any other case shares no tag with a changed case before or after, so its
/// candidates, their scores and their order are the same as before.
final class RelatedCache: Sendable {
    private struct Entry {
        /// The cases the lists were made for. A `Case` never changes, so one that is still
        /// in its place (the same object: an unchanged file is not parsed again) kept its
        /// slug, tags and category; comparing those of every case, as arrays made for each
        /// update, was a fifth of this cache's time in `serve`.
        var cases: [Case]
        var related: [[Int]]
    }
    private let entry = Mutex<Entry?>(nil)
    /// More changed cases than this (a new site.yaml, a pasted folder) compute everything.
    static let partialLimit = 64

    /// `compute(only)` gives the lists of the cases `only` (in that order), or of all
    /// cases when `only` is nil. `tags` are the cases' tags with the cases of each, as
    /// `SiteResolver` groups them (by `TermName`).
    func related(_ cases: [Case], tags: [Term], compute: ([Int]?) -> [[Int]]) -> [[Int]] {
        if let last = entry.withLock({ $0 }), let found = Self.changes(from: last.cases, to: cases) {
            if found.isEmpty { return last.related }
            if found.count <= Self.partialLimit {
                let changed = Set(found)
                // The cases that now have a touched tag, from the tags' own lists: naming
                // every tag of every case (50,000 at 10,000 cases) was most of the time.
                let touched = Set(found.flatMap { last.cases[$0].tags + cases[$0].tags }.map(TermName.init))
                var sharing = Set<Int>()
                for term in tags where touched.contains(TermName(term.name)) { sharing.formUnion(term.cases) }
                let affected = changed.union(sharing.filter {
                    Self.mayChange($0, list: last.related[$0], changed: changed, cases: cases)
                }).sorted()
                var related = last.related
                for (i, list) in zip(affected, compute(affected)) { related[i] = list }
                entry.withLock { $0 = Entry(cases: cases, related: related) }
                return related
            }
        }
        let related = compute(nil)
        entry.withLock { $0 = Entry(cases: cases, related: related) }
        return related
    }

    /// The places of the cases whose tags or category differ between `last` and `now`;
    /// nil when they are not the same cases in the same order (by slug).
    private static func changes(from last: [Case], to now: [Case]) -> [Int]? {
        guard last.count == now.count else { return nil }
        var changed: [Int] = []
        for i in now.indices where last[i] !== now[i] {
            guard last[i].slug == now[i].slug else { return nil }
            if last[i].tags != now[i].tags || last[i].category != now[i].category { changed.append(i) }
        }
        return changed
    }

    /// Whether the list of case `x` (unchanged itself) can differ after the cases
    /// `changed` changed their tags or category. Only their scores against `x` moved
    /// (`RelatedCases`: ten a shared tag, one the same category, ties to the smaller
    /// index), so the list stays when none of them was on it and none now beats its last
    /// entry. A popular tag is shared by thousands of cases, and computing all their lists
    /// again was most of `serve`'s update after a tag edit.
    private static func mayChange(_ x: Int, list: [Int], changed: Set<Int>, cases: [Case]) -> Bool {
        if list.contains(where: changed.contains) { return true }
        // A case has a handful of tags: comparing them pairwise beats building a set.
        let own = cases[x].tags.map(TermName.init)
        func score(_ y: Int) -> Int {
            var shared = 0
            for tag in cases[y].tags { let name = TermName(tag); shared += own.lazy.filter { $0 == name }.count }
            return shared == 0 ? 0 : shared * 10 + (cases[y].category == cases[x].category ? 1 : 0)
        }
        let last = list.last.map { (score: score($0), index: $0) }
        for c in changed {
            let value = score(c)
            guard value > 0 else { continue }
            guard let last, list.count == 3 else { return true }
            if (value, -c) > (last.score, -last.index) { return true }
        }
        return false
    }
}
