import Synchronization

/// resolve: the warnings about metrics in units Exhibit does not know, kept while every
/// case's metrics are what they were (an edit of tags or text in `serve`). At 10,000 cases
/// classifying every metric again was a twentieth of an update; seeing that nothing
/// changed is a comparison of references for the cases that were not parsed again.
final class UnitWarningsCache: Sendable {
    private struct Entry {
        var cases: [Case]
        var rateLabels: Set<String>
        var warnings: [Diagnostic]
    }
    private let last = Mutex<Entry?>(nil)

    func warnings(cases: [Case], rateLabels: Set<String>) -> [Diagnostic] {
        if let entry = last.withLock({ $0 }), entry.rateLabels == rateLabels, entry.cases.count == cases.count,
           zip(entry.cases, cases).allSatisfy({ $0 === $1 || ($0.sourcePath == $1.sourcePath && $0.metrics == $1.metrics) }) {
            return entry.warnings
        }
        let warnings = UnknownUnits.warnings(cases: cases, rateLabels: rateLabels)
        last.withLock { $0 = Entry(cases: cases, rateLabels: rateLabels, warnings: warnings) }
        return warnings
    }
}
