import Synchronization

/// resolve: the errors for cases that share a slug, kept while every case has the path
/// and slug it had. At 10,000 cases hashing every slug again was 2 ms of each update of
/// `serve`; seeing that nothing changed is a comparison of references for the cases that
/// were not parsed again.
final class SlugClashCache: Sendable {
    private let last = Mutex<(cases: [Case], clashes: [Diagnostic])?>(nil)

    func clashes(_ cases: [Case]) -> [Diagnostic] {
        if let entry = last.withLock({ $0 }), entry.cases.count == cases.count,
           zip(entry.cases, cases).allSatisfy({ $0 === $1 || ($0.sourcePath == $1.sourcePath && $0.slug == $1.slug) }) {
            return entry.clashes
        }
        let clashes = SiteResolver.slugClashes(cases)
        last.withLock { $0 = (cases, clashes) }
        return clashes
    }
}
